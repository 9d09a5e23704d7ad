package io.github.ucwakit.importer;

import static io.github.ucwakit.importer.TestPages.resourcePage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A re-import writes only the descriptors whose bytes change. */
class ReimportTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path pages;

    @TempDir
    Path out;

    @Test
    void rewritesOnlyTheDescriptorOfTheEditedPage() throws IOException {
        TestPages.write(pages, "widget_ref.md", widget("The label."));
        TestPages.write(pages, "gadget_ref.md", resourcePage("gadget", ""));
        TestPages.write(pages, "Mood_ref.md", TestPages.enumerationPage("Mood", "Happy", "Sad"));
        ImportOptions options = ImportOptions.of(pages, out);
        ImportResult first = ValidatedImport.run(options);
        assertThat(first.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("Mood.yaml", "gadget.yaml", "widget.yaml");
        Map<Path, FileTime> before = ageAll();

        TestPages.write(pages, "widget_ref.md", widget("The new label."));
        ImportResult second = ValidatedImport.run(options);

        assertThat(second.written()).containsExactly(out.resolve("widget.yaml"));
        assertThat(second.unchanged()).containsExactly(out.resolve("Mood.yaml"), out.resolve("gadget.yaml"));
        assertThat(Files.getLastModifiedTime(out.resolve("widget.yaml"))).isNotEqualTo(LONG_AGO);
        for (Path unchanged : second.unchanged()) {
            assertThat(Files.getLastModifiedTime(unchanged)).isEqualTo(before.get(unchanged));
        }
        assertThat(Files.readString(out.resolve("widget.yaml"))).contains("The new label.");
    }

    @Test
    void writesNothingWhenNothingChanged() throws IOException {
        TestPages.write(pages, "widget_ref.md", widget("The label."));
        ImportOptions options = ImportOptions.of(pages, out);
        ValidatedImport.run(options);
        Map<Path, FileTime> before = ageAll();

        ImportResult again = ValidatedImport.run(options);

        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).containsExactly(out.resolve("widget.yaml"));
        assertThat(ageAll()).isEqualTo(before);
    }

    /** Sets every output file's modification time far in the past and returns them. */
    private Map<Path, FileTime> ageAll() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.toList();
        }
        for (Path file : files) {
            Files.setLastModifiedTime(file, LONG_AGO);
            times.put(file, LONG_AGO);
        }
        return times;
    }

    private static String widget(String labelDescription) {
        return resourcePage("widget", "### Properties\n\n|**Name**|**Description**|\n|:-----|:-----|\n|label|"
                + labelDescription + "|\n");
    }
}
