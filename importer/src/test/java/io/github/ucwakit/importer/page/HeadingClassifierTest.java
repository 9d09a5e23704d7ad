package io.github.ucwakit.importer.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingClassifierTest {

    private final PageFile page = new PageFile("x_ref.md", "x", PageKind.RESOURCE, List.of());
    private final DiagnosticSink sink = new DiagnosticSink();
    private final HeadingClassifier classifier = new HeadingClassifier(page, sink);

    private Heading heading(String text) {
        return classifier.classify(new NumberedLine(7, text)).orElseThrow();
    }

    @Test
    void recognizesSectionsByNameWhateverTheCase() {
        assertThat(heading("## Web link").kind()).isEqualTo(SectionKind.WEB_LINK);
        assertThat(heading("### Deleted").kind()).isEqualTo(SectionKind.EVENT_TYPE);
        assertThat(heading("### DELETE").kind()).isEqualTo(SectionKind.METHOD);
        assertThat(heading("#### **JSON Response**").kind()).isEqualTo(SectionKind.JSON_RESPONSE);
        assertThat(sink.sorted()).isEmpty();
    }

    @Test
    void toleratesMisspellingsOfLongNamesOnly() {
        assertThat(heading("### Propertie").kind()).isEqualTo(SectionKind.PROPERTIES);
        assertThat(heading("#### Synchronus errors").kind()).isEqualTo(SectionKind.SYNCHRONOUS_ERRORS);
        assertThat(heading("### PUTS").kind()).isNull();
        assertThat(heading("## Concepts").kind()).isNull();
        assertThat(sink.sorted()).extracting(Object::toString).containsExactly(
                "x_ref.md:7:1: warning: misspelt heading 'Propertie' read as 'Properties' [reference-page]",
                "x_ref.md:7:1: warning: misspelt heading 'Synchronus errors' read as 'Synchronous errors' [reference-page]");
    }

    @Test
    void reportsAHeadingAtAnotherLevel() {
        assertThat(heading("## POST").kind()).isEqualTo(SectionKind.METHOD);
        assertThat(sink.sorted()).extracting(Object::toString).containsExactly(
                "x_ref.md:7:1: warning: heading 'POST' at level 2, read as the POST section (level 3) [reference-page]");
    }

    @Test
    void ignoresLinesThatAreNotHeadings() {
        assertThat(classifier.classify(new NumberedLine(1, "#hashtag"))).isEmpty();
        assertThat(classifier.classify(new NumberedLine(1, "Plain text"))).isEmpty();
        assertThat(classifier.classify(new NumberedLine(1, "#"))).isEmpty();
    }
}
