package io.github.ucwakit.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An HTML page parsed as XML with a secure DOM parser (no DTD loaded, no external entity, no entity expansion),
 * read like {@link MarkdownPage}: only the {@code main} element, where the page's content stands.
 */
final class HtmlPage implements RenderedPage {

    private static final DocumentBuilderFactory SECURE_FACTORY = secureFactory();
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final Document document;
    private final Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final Map<String, List<String>> code = new LinkedHashMap<>();
    private String heading = "";

    private HtmlPage(Document document) {
        this.document = document;
        walk(element("main"));
    }

    static HtmlPage parse(String html) throws IOException {
        try {
            return new HtmlPage(secureBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(html))));
        } catch (SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static HtmlPage read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new HtmlPage(secureBuilder().parse(in));
        } catch (SAXException e) {
            throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A DOM parser that loads no DTD, resolves no external entity and expands no entity reference. */
    static DocumentBuilder secureBuilder() {
        try {
            return SECURE_FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first element of that local name in the document. */
    Element element(String localName) {
        Element found = (Element) document.getElementsByTagNameNS("*", localName).item(0);
        if (found == null) {
            throw new AssertionError("no <" + localName + ">");
        }
        return found;
    }

    /** The text of every element of that local name inside the element. */
    static List<String> texts(Element scope, String localName) {
        List<String> out = new ArrayList<>();
        var nodes = scope.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private void walk(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            String name = e.getLocalName();
            if (HEADINGS.contains(name)) {
                heading = e.getTextContent();
                headings.add(heading);
            } else if (name.equals("p")) {
                paragraphs.add(e.getTextContent());
                collectLinks(e);
            } else if (name.equals("table")) {
                rows.computeIfAbsent(heading, k -> new ArrayList<>()).addAll(bodyRows(e));
                collectLinks(e);
            } else if (name.equals("pre")) {
                Element codeElement = (Element) e.getElementsByTagNameNS("*", "code").item(0);
                String language = codeElement.getAttribute("class").replace("language-", "");
                code.computeIfAbsent(language, k -> new ArrayList<>()).add(codeElement.getTextContent());
            } else if (name.equals("nav")) {
                collectLinks(e);
            } else {
                walk(e);
            }
        }
    }

    private void collectLinks(Element scope) {
        var anchors = scope.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            links.add(((Element) anchors.item(i)).getAttribute("href"));
        }
    }

    private static List<List<String>> bodyRows(Element table) {
        List<List<String>> out = new ArrayList<>();
        Element body = (Element) table.getElementsByTagNameNS("*", "tbody").item(0);
        for (Node row = body.getFirstChild(); row != null; row = row.getNextSibling()) {
            if (row instanceof Element tr) {
                out.add(texts(tr, "td"));
            }
        }
        return out;
    }

    @Override
    public List<List<String>> rowsUnder(String heading) {
        return rows.getOrDefault(heading, List.of());
    }

    @Override
    public List<String> paragraphs() {
        return paragraphs;
    }

    @Override
    public List<String> headings() {
        return headings;
    }

    @Override
    public List<String> links() {
        return links;
    }

    @Override
    public List<String> code(String language) {
        return code.getOrDefault(language, List.of());
    }
}
