package io.github.ucwakit.runtime.errors;

import io.github.ucwakit.runtime.NameSet;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.xml.XmlElements;
import io.github.ucwakit.runtime.xml.XmlErrors;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlScalars;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes the XML form of a {@link UcwaError}: a {@code <reason>} element holding {@code <code>},
 * {@code <subcode>}, {@code <message>}, {@code <link href>}, {@code <parameters>} and {@code <debugInfo>} (property
 * bags). Other text-only children are kept as unknown members; elements nested deeper are skipped.
 */
public final class ErrorXml {

    /** The element of an error body. */
    public static final String REASON = "reason";

    private ErrorXml() {}

    /** Reads the error element whose start tag the stream stands on; leaves the stream on its end tag. */
    public static UcwaError read(XMLStreamReader xml) throws XMLStreamException {
        String where = XmlErrors.where(xml.getLocation());
        String code = null;
        String subcode = null;
        String message = null;
        Link link = null;
        Map<String, PropertyValue> parameters = null;
        Map<String, PropertyValue> debugInfo = null;
        Map<String, PropertyValue> unknown = new NameMap<>();
        NameSet seen = new NameSet();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!seen.add(xml.getLocalName())) {
                throw XmlErrors.at(xml, Kind.DUPLICATE, "<" + xml.getLocalName() + "> is given twice");
            }
            switch (xml.getLocalName()) {
                case "code" -> code = xml.getElementText();
                case "subcode" -> subcode = xml.getElementText();
                case "message" -> message = xml.getElementText();
                case "link" -> link = link(xml);
                case "parameters" -> parameters = XmlElements.bag(xml);
                case "debugInfo" -> debugInfo = XmlElements.bag(xml);
                default -> {
                    String name = WireNames.check(WireNames.Owner.ERROR, xml.getLocalName(),
                            XmlErrors.where(xml.getLocation()));
                    String text = XmlElements.simpleText(xml);
                    if (text != null) {
                        unknown.put(name, new PropertyValue.Text(text));
                    }
                }
            }
        }
        if (code == null) {
            throw new UcwaPayloadException("an error needs a <code>", where);
        }
        UcwaError.Builder error = UcwaError.builder(code).subcode(subcode).message(message).link(link)
                .parameters(parameters).debugInfo(debugInfo);
        unknown.forEach(error::unknownMember);
        return error.build();
    }

    /** Writes an error element; the caller writes the namespace when it is the document's root. */
    public static void write(XMLStreamWriter xml, UcwaError error, boolean declareNamespace)
            throws XMLStreamException {
        xml.writeStartElement(REASON);
        if (declareNamespace) {
            xml.writeDefaultNamespace(XmlNames.NAMESPACE);
        }
        XmlElements.writeTextElement(xml, "code", error.code());
        if (error.subcode().isPresent()) {
            XmlElements.writeTextElement(xml, "subcode", error.subcode().get());
        }
        if (error.message().isPresent()) {
            XmlElements.writeTextElement(xml, "message", error.message().get());
        }
        if (error.link().isPresent()) {
            Link link = error.link().get();
            xml.writeEmptyElement(XmlNames.LINK);
            xml.writeAttribute(XmlNames.REL, link.rel());
            xml.writeAttribute(XmlNames.HREF, link.href());
            if (link.title().isPresent()) {
                xml.writeAttribute(XmlNames.TITLE, link.title().get());
            }
        }
        if (error.hasDebugInfo()) {
            XmlElements.writeBag(xml, "debugInfo", error.debugInfo());
        }
        if (error.hasParameters()) {
            XmlElements.writeBag(xml, "parameters", error.parameters());
        }
        for (Map.Entry<String, PropertyValue> member : error.unknownMembers().entrySet()) {
            String name = WireNames.check(WireNames.Owner.ERROR, member.getKey(), "/reason/" + member.getKey());
            String text = XmlScalars.text(member.getValue());
            if (text != null) {
                XmlElements.writeTextElement(xml, name, text);
            }
        }
        xml.writeEndElement();
    }

    private static Link link(XMLStreamReader xml) throws XMLStreamException {
        String href = xml.getAttributeValue(null, XmlNames.HREF);
        String rel = xml.getAttributeValue(null, XmlNames.REL);
        String title = xml.getAttributeValue(null, XmlNames.TITLE);
        String text = XmlElements.simpleText(xml);
        String target = href != null ? href : text == null ? "" : text.strip();
        return Link.of(rel == null ? "link" : rel, target, title);
    }
}
