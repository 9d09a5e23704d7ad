package io.github.ucwakit.docs.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The SVG parses as XML in the SVG namespace, names itself for assistive technology, and carries texts as given. */
class SvgWriterTest {

    private static final String AWKWARD = "<b>&amp; \"quoted\" 'single' ]]> é …";

    @Test
    void everyTextComesBackAsGivenFromWellFormedSvg() throws Exception {
        SequenceDiagram diagram = new SequenceDiagram("A <title> & more", "Told \"in words\".",
                List.of(Participant.of("a", AWKWARD, "x"), Participant.of("b", "B", "y")),
                List.of(new Step.Message("a", "b", Step.Kind.REQUEST, List.of(AWKWARD)),
                        new Step.Fragment(Step.Operator.ALT, List.of(
                                new Step.Section(AWKWARD, List.of(new Step.Note("a", "b", List.of(AWKWARD))))))));
        Layout layout = new DiagramLayout(TextMetrics.DEFAULT).layout(diagram);
        String svg = SvgWriter.document(layout, "fig");

        Parsed parsed = parse(svg);
        assertThat(parsed.root).isEqualTo("svg");
        assertThat(parsed.rootNamespace).isEqualTo(SvgWriter.NAMESPACE);
        assertThat(parsed.title).isEqualTo("A <title> & more");
        assertThat(parsed.desc).startsWith("Told \"in words\". 1. " + AWKWARD + " to B: " + AWKWARD + ". Either, if "
                + AWKWARD + ": 2. Note: " + AWKWARD + ". End of the alternatives.");
        assertThat(parsed.texts).containsExactlyElementsOf(layout.shapes(Shape.Text.class).stream()
                .map(Shape.Text::text).toList());
        assertThat(parsed.texts).contains(AWKWARD, "[" + AWKWARD + "]", "alt");
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"", "aria-labelledby=\"fig-title fig-desc\"", "viewBox=\"0 0 "
                        + layout.width() + " " + layout.height() + "\"")
                .endsWith("</svg>\n")
                .doesNotContain("/>");
    }

    @Test
    void theSameLayoutGivesTheSameBytes() {
        RandomDiagrams diagrams = new RandomDiagrams(7);
        for (int i = 0; i < 20; i++) {
            SequenceDiagram diagram = diagrams.next();
            DiagramLayout layout = new DiagramLayout(TextMetrics.DEFAULT);
            assertThat(SvgWriter.document(layout.layout(diagram), "d"))
                    .isEqualTo(SvgWriter.document(layout.layout(diagram), "d"));
        }
    }

    private static Parsed parse(String svg) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(svg));
        Parsed parsed = new Parsed();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (parsed.root == null) {
                parsed.root = name;
                parsed.rootNamespace = xml.getNamespaceURI();
            } else if (name.equals("title")) {
                parsed.title = xml.getElementText();
            } else if (name.equals("desc")) {
                parsed.desc = xml.getElementText();
            } else if (name.equals("text")) {
                parsed.texts.add(xml.getElementText());
            }
        }
        return parsed;
    }

    private static final class Parsed {
        String root;
        String rootNamespace;
        String title;
        String desc;
        final List<String> texts = new ArrayList<>();
    }
}
