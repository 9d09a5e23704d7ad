package io.github.ucwakit.docs.diagram;

import java.io.StringWriter;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Layout} as SVG through a StAX writer, which escapes every text: a standalone document
 * ({@link #document}) or an {@code svg} element inside a page being written ({@link #element}). The drawing names
 * itself for assistive technology ({@code role="img"}, {@code title} and {@code desc} with the
 * {@link DiagramText}); its ids start with a prefix so that two diagrams can share a page. Colours and fonts are
 * attributes, so the file looks the same alone and inside a page. One element a line, integers only: the same
 * layout gives the same bytes.
 */
public final class SvgWriter {

    /** The SVG namespace. */
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** The font stack of the diagram's text, fixed-width fonts whose advance is 0.6 em ({@link TextMetrics}). */
    public static final String FONT_FAMILY = "'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace";

    private static final String INK = "#1f2328";
    private static final String MUTED = "#59636e";
    private static final String NOTE_FILL = "#fff8c5";
    private static final String HEADER_FILL = "#ddf4ff";
    private static final String TAB_FILL = "#eaeef2";

    private final XMLStreamWriter xml;
    private final String prefix;

    private SvgWriter(XMLStreamWriter xml, String prefix) {
        this.xml = xml;
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** The layout as a standalone SVG file, with an XML declaration, ending in a line break. */
    public static String document(Layout layout, String idPrefix) {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            element(xml, layout, idPrefix);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
        return buffer + "\n";
    }

    /** Writes the layout as one {@code svg} element, in the SVG namespace, where {@code xml} stands. */
    public static void element(XMLStreamWriter xml, Layout layout, String idPrefix) throws XMLStreamException {
        new SvgWriter(xml, idPrefix).svg(layout);
    }

    private void svg(Layout layout) throws XMLStreamException {
        xml.writeStartElement("svg");
        xml.writeDefaultNamespace(NAMESPACE);
        attribute("class", "sequence-diagram");
        attribute("width", layout.width());
        attribute("height", layout.height());
        attribute("viewBox", "0 0 " + layout.width() + " " + layout.height());
        attribute("role", "img");
        attribute("aria-labelledby", id("title") + " " + id("desc"));
        attribute("font-family", FONT_FAMILY);
        attribute("font-size", layout.metrics().fontSize());
        newline();
        textElement("title", id("title"), layout.diagram().title());
        textElement("desc", id("desc"), DiagramText.of(layout.diagram()));
        markers();
        start("rect");
        attribute("width", layout.width());
        attribute("height", layout.height());
        attribute("fill", "#ffffff");
        end();
        for (Shape shape : layout.shapes()) {
            shape(shape);
        }
        xml.writeEndElement();
    }

    private void markers() throws XMLStreamException {
        xml.writeStartElement("defs");
        newline();
        marker("request", true);
        marker("response", false);
        xml.writeEndElement();
        newline();
    }

    /** An arrow head, filled for a request, open for a response, turned along its line. */
    private void marker(String name, boolean filled) throws XMLStreamException {
        xml.writeStartElement("marker");
        attribute("id", id(name));
        attribute("viewBox", "0 0 10 10");
        attribute("refX", 10);
        attribute("refY", 5);
        attribute("markerWidth", 2 * Spacing.HEAD);
        attribute("markerHeight", 2 * Spacing.HEAD);
        attribute("markerUnits", "userSpaceOnUse");
        attribute("orient", "auto");
        start("path");
        attribute("d", filled ? "M0,0 L10,5 L0,10 Z" : "M0,0 L10,5 L0,10");
        attribute("fill", filled ? INK : "none");
        attribute("stroke", INK);
        attribute("stroke-width", filled ? 1 : 1.5);
        end();
        xml.writeEndElement();
        newline();
    }

    private void shape(Shape shape) throws XMLStreamException {
        if (shape instanceof Shape.Box box) {
            box(box);
        } else if (shape instanceof Shape.Line line) {
            start("line");
            attribute("x1", line.x1());
            attribute("y1", line.y1());
            attribute("x2", line.x2());
            attribute("y2", line.y2());
            attribute("stroke", MUTED);
            if (line.dashed()) {
                attribute("stroke-dasharray", "4 3");
            }
            end();
        } else if (shape instanceof Shape.Arrow arrow) {
            start("line");
            attribute("class", arrow.kind() == Step.Kind.REQUEST ? "request" : "response");
            attribute("x1", arrow.fromX());
            attribute("y1", arrow.y());
            attribute("x2", arrow.toX());
            attribute("y2", arrow.y());
            attribute("stroke", INK);
            if (arrow.kind() == Step.Kind.RESPONSE) {
                attribute("stroke-dasharray", "6 3");
            }
            attribute("marker-end", "url(#" + id(arrow.kind() == Step.Kind.REQUEST ? "request" : "response") + ")");
            end();
        } else if (shape instanceof Shape.Text text) {
            text(text);
        }
    }

    private void box(Shape.Box box) throws XMLStreamException {
        start("rect");
        attribute("class", role(box.role()));
        rect(box.bounds());
        switch (box.role()) {
            case PARTICIPANT -> fillAndStroke(HEADER_FILL, INK);
            case NOTE -> fillAndStroke(NOTE_FILL, MUTED);
            case TAB -> fillAndStroke(TAB_FILL, MUTED);
            default -> fillAndStroke("none", MUTED);
        }
        end();
    }

    /** A line of text; a label or a guard gets a white background, so that lifelines it crosses pass behind it. */
    private void text(Shape.Text text) throws XMLStreamException {
        if (text.role() == Shape.Role.LABEL || text.role() == Shape.Role.GUARD) {
            start("rect");
            attribute("class", "text-background");
            rect(text.bounds());
            attribute("fill", "#ffffff");
            end();
        }
        xml.writeStartElement("text");
        attribute("class", role(text.role()));
        attribute("x", text.x());
        attribute("y", text.baseline());
        if (text.role() == Shape.Role.PARTICIPANT || text.role() == Shape.Role.TAB) {
            attribute("font-weight", "bold");
        }
        attribute("fill", text.role() == Shape.Role.GUARD ? MUTED : INK);
        xml.writeCharacters(text.text());
        xml.writeEndElement();
        newline();
    }

    private void rect(Rect bounds) throws XMLStreamException {
        attribute("x", bounds.x());
        attribute("y", bounds.y());
        attribute("width", bounds.width());
        attribute("height", bounds.height());
    }

    private void fillAndStroke(String fill, String stroke) throws XMLStreamException {
        attribute("fill", fill);
        attribute("stroke", stroke);
    }

    private void textElement(String name, String id, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        attribute("id", id);
        xml.writeCharacters(text);
        xml.writeEndElement();
        newline();
    }

    /**
     * Starts an element that {@link #end()} closes with an end tag (never {@code />}), so that the markup reads the
     * same inside an HTML page.
     */
    private void start(String name) throws XMLStreamException {
        xml.writeStartElement(name);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
        newline();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    private void attribute(String name, int value) throws XMLStreamException {
        xml.writeAttribute(name, Integer.toString(value));
    }

    private void attribute(String name, double value) throws XMLStreamException {
        xml.writeAttribute(name, value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    private String id(String name) {
        return prefix + "-" + name;
    }

    private static String role(Shape.Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
