package io.github.ucwakit.importer.sample;

import io.github.ucwakit.importer.page.NumberedLine;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses an XML sample's payload into a DOM, with DTDs and external entities off. */
public final class XmlSampleReader {

    private final DiagnosticSink sink;

    public XmlSampleReader(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** The payload's root element, or empty when the sample has none or it cannot be read. */
    public Optional<Element> parse(SampleText sample) {
        if (!sample.hasBody()) {
            return Optional.empty();
        }
        String text = sample.body().stream().map(NumberedLine::text).collect(Collectors.joining("\n"));
        if (text.startsWith("<?xml") != text.stripLeading().startsWith("<?xml")) {
            sink.warn(location(sample, 1), "XML declaration preceded by white space; the space is ignored");
            text = text.stripLeading();
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            return Optional.of(builder.parse(new InputSource(new StringReader(text))).getDocumentElement());
        } catch (SAXParseException e) {
            sink.warn(location(sample, e.getLineNumber()), "XML sample cannot be read: " + e.getMessage()
                    + "; the sample is left out");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            sink.warn(location(sample, 1), "XML sample cannot be read: " + e.getMessage() + "; the sample is left out");
        }
        return Optional.empty();
    }

    private static SourceLocation location(SampleText sample, int payloadLine) {
        List<NumberedLine> body = sample.body();
        int index = Math.max(0, Math.min(payloadLine, body.size()) - 1);
        return new SourceLocation(sample.pageFile(), body.get(index).number(), 1);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Turns every parser complaint into an exception instead of console output. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings of the parser do not concern the sample's content
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
