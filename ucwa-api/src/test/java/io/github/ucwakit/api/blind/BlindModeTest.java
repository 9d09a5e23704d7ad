package io.github.ucwakit.api.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.conformance.BodyKind;
import io.github.ucwakit.api.conformance.ConformanceReport;
import io.github.ucwakit.api.conformance.KindCount;
import io.github.ucwakit.api.conformance.ReportWriter;
import io.github.ucwakit.api.testing.Pages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blind mode over a small folder: import, generation, compilation and the suite, from nothing. */
class BlindModeTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private ConformanceReport run(Path pages, Path work) throws IOException {
        return new BlindMode(new PrintStream(log, true, StandardCharsets.UTF_8)).run(pages, work, null);
    }

    private Path pages() throws IOException {
        Path pages = temp.resolve("pages");
        Pages.write(pages, "widget_ref.md", Pages.WIDGET);
        Pages.write(pages, "Mood_ref.md", Pages.enumeration("Mood", "Happy", "Sad"));
        return pages;
    }

    @Test
    void checksAFolderFromScratchAndWritesTheReport() throws IOException {
        Path work = temp.resolve("work");

        ConformanceReport report = run(pages(), work);

        assertThat(report.countsByKind()).containsExactly(
                new KindCount(BodyKind.RESOURCE, 2, 2, 0, 0, 0, 0),
                new KindCount(BodyKind.INPUT, 0, 0, 0, 0, 0, 0),
                new KindCount(BodyKind.EVENT, 1, 1, 0, 0, 0, 0),
                new KindCount(BodyKind.NOT_A_RESOURCE, 1, 0, 0, 0, 0, 1));
        assertThat(work.resolve("descriptors/widget.yaml")).isRegularFile();
        // the event channel, which only the event sample shows
        assertThat(work.resolve("descriptors/events.yaml")).isRegularFile();
        assertThat(work.resolve("generated-sources/io/github/ucwakit/blind/api/Widget.java")).isRegularFile();
        assertThat(work.resolve("report").resolve(ReportWriter.JSON_FILE)).isRegularFile();
        assertThat(work.resolve("report").resolve(ReportWriter.MARKDOWN_FILE)).content()
                .contains("| resource | 2 | 2 | 0 | 0 | 0 |");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("import of " + temp.resolve("pages") + ": 3 descriptors")
                .contains("generation: 2 resources, 1 enumerations")
                .contains("conformance of 1 resource pages");
    }

    @Test
    void runsAgainInTheFolderItMade() throws IOException {
        Path pages = pages();
        Path work = temp.resolve("work");
        run(pages, work);

        ConformanceReport again = run(pages, work);

        assertThat(again.bodies()).hasSize(4);
    }

    @Test
    void refusesAFolderItDidNotMake() throws IOException {
        Path work = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(work.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> run(pages(), work))
                .isInstanceOf(BlindMode.BlindModeException.class)
                .hasMessageContaining("is not empty and was not made by this check");
        assertThat(work.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void stopsWhenTheImportHasErrors() throws IOException {
        Path overrides = temp.resolve("overrides");
        Pages.write(overrides, "widget.yaml", "resource: [widget\n");

        assertThatThrownBy(() -> new BlindMode(new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(pages(), temp.resolve("work"), overrides))
                .isInstanceOf(BlindMode.BlindModeException.class)
                .hasMessage("the import has errors; nothing generated");
    }
}
