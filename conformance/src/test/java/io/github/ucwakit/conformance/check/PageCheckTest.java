package io.github.ucwakit.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.conformance.BodyKind;
import io.github.ucwakit.conformance.KindCount;
import io.github.ucwakit.conformance.ReportWriter;
import io.github.ucwakit.conformance.testing.Pages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page check over a small folder: import, generation, compilation and the suite, from nothing. */
class PageCheckTest {

    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();

    private CheckResult run(Path pages, Path work) throws IOException {
        return new PageCheck(log::add).run(CheckOptions.of(pages, work));
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

        CheckResult result = run(pages(), work);

        assertThat(result.passed()).isTrue();
        assertThat(result.report().countsByKind()).containsExactly(
                new KindCount(BodyKind.RESOURCE, 2, 2, 0, 0, 0, 0),
                new KindCount(BodyKind.INPUT, 0, 0, 0, 0, 0, 0),
                new KindCount(BodyKind.EVENT, 1, 1, 0, 0, 0, 0),
                new KindCount(BodyKind.NOT_A_RESOURCE, 1, 0, 0, 0, 0, 1));
        assertThat(work.resolve("descriptors/widget.yaml")).isRegularFile();
        // the event channel, which only the event sample shows
        assertThat(work.resolve("descriptors/events.yaml")).isRegularFile();
        assertThat(work.resolve("generated-sources/io/github/ucwakit/check/api/Widget.java")).isRegularFile();
        assertThat(work.resolve("report").resolve(ReportWriter.JSON_FILE)).isRegularFile();
        assertThat(work.resolve("report").resolve(ReportWriter.MARKDOWN_FILE)).content()
                .contains("| resource | 2 | 2 | 0 | 0 | 0 |");
        assertThat(String.join("\n", log))
                .contains("import of " + temp.resolve("pages") + ": 3 descriptors")
                .contains("generation: 2 resources, 1 enumerations")
                .contains("conformance of 1 resource pages");
    }

    @Test
    void countsABodyThatFails() throws IOException {
        Path overrides = temp.resolve("overrides");
        // the descriptor loses a property both response samples carry: they fail the typed-access check
        Pages.write(overrides, "widget.yaml", "remove:\n  properties: [count]\n");

        CheckResult result = new PageCheck(log::add)
                .run(CheckOptions.of(pages(), temp.resolve("work")).withOverrides(overrides));

        assertThat(result.failedBodies()).isEqualTo(2);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void leavesOutAPageItCannotReadAndChecksTheRest() throws IOException {
        Path pages = pages();
        Pages.write(pages, "widget_ref.md", Pages.WIDGET.replace("|gadget|The gadget.|",
                "|[gadget](gadget_ref.md)|The gadget.|"));
        Files.write(pages.resolve("gadget_ref.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        CheckResult result = run(pages, temp.resolve("work"));

        assertThat(result.imported().warnings()).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("gadget_ref.md:1:1: warning: page cannot be read: "));
        assertThat(temp.resolve("work/descriptors/gadget.yaml")).doesNotExist();
        assertThat(temp.resolve("work/descriptors/widget.yaml")).content().contains("rel: gadget");
        assertThat(result.passed()).isTrue();
        assertThat(result.report().bodies()).hasSize(4);
    }

    @Test
    void propertiesNamedLikeReservedMembersPassTheTypedAccessCheck() throws IOException {
        Path pages = temp.resolve("pages");
        Pages.write(pages, "gizmo_ref.md", Pages.resource("gizmo", """
                ### Properties

                |**Name**|**Description**|
                |:-----|:-----|
                |class|A keyword.|
                |links|Named like the links accessor.|
                |builder|Named like the builder method.|
                |toString|Named like an Object method.|
                |unknownMembers|Named like the unknown members accessor.|

                ## Operations

                ### GET

                #### JSON Response

                ```
                HTTP/1.1 200 OK
                {"rel": "gizmo", "class": 3, "links": "many", "builder": true, "toString": "text",
                 "unknownMembers": "none", "_links": {"self": {"href": "/gizmos/1"}}}
                ```

                #### XML Response

                ```
                HTTP/1.1 200 OK
                <resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="gizmo" href="/gizmos/1">
                  <property name="rel">gizmo</property>
                  <property name="class">4</property>
                  <property name="links">few</property>
                  <property name="builder">False</property>
                  <property name="toString">more</property>
                  <property name="unknownMembers">some</property>
                </resource>
                ```
                """));

        CheckResult result = run(pages, temp.resolve("work"));

        assertThat(result.imported().diagnostics()).isEmpty();
        assertThat(temp.resolve("work/generated-sources/io/github/ucwakit/check/api/Gizmo.java")).content()
                .contains("classValue()", "builderValue()", "toStringValue()", "unknownMembersValue()");
        assertThat(result.report().with(io.github.ucwakit.conformance.Status.PASSED)).hasSize(2);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void runsAgainInTheFolderItMade() throws IOException {
        Path pages = pages();
        Path work = temp.resolve("work");
        run(pages, work);

        CheckResult again = run(pages, work);

        assertThat(again.report().bodies()).hasSize(4);
    }

    @Test
    void refusesAFolderItDidNotMake() throws IOException {
        Path work = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(work.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> run(pages(), work))
                .isInstanceOf(CheckException.class)
                .hasMessageContaining("is not empty and was not made by this check");
        assertThat(work.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void stopsWhenTheImportHasErrors() throws IOException {
        Path overrides = temp.resolve("overrides");
        Pages.write(overrides, "widget.yaml", "resource: [widget\n");

        assertThatThrownBy(() -> new PageCheck(log::add)
                .run(CheckOptions.of(pages(), temp.resolve("work")).withOverrides(overrides)))
                .isInstanceOf(CheckException.class)
                .hasMessage("the import has errors; nothing generated");
    }
}
