package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same model gives the same bytes; a file is written only when its bytes change; stale pages go. */
class DeterminismTest {

    @TempDir
    Path output;

    @Test
    void twoRunsGiveTheSameBytesWhateverTheModelOrder() throws IOException {
        ApiModel model = EdgeCaseModel.model();
        List<Resource> resources = new ArrayList<>(model.resources());
        Collections.reverse(resources);
        List<Enumeration> enumerations = new ArrayList<>(model.enumerations());
        Collections.reverse(enumerations);

        Generated first = Generated.of(model, output.resolve("a"));
        Generated second = Generated.of(new ApiModel(resources, enumerations), output.resolve("b"));

        assertThat(tree(second.output())).isEqualTo(tree(first.output()));
        // A Markdown and an HTML file a page, the figure's SVG beside the Markdown, the stylesheet, the search script
        // and the search index.
        assertThat(first.result().written()).hasSize(2 * first.result().pages() + 4);
    }

    @Test
    void everyFileEndsLinesWithNewlineOnly() throws IOException {
        Generated docs = Generated.of(EdgeCaseModel.model(), output);
        for (Map.Entry<String, String> file : tree(docs.output()).entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
        }
    }

    @Test
    void aSecondRunWritesNothing() throws IOException {
        Generated first = Generated.of(DocsFixtures.conversationModel(), output);
        FileTime before = Files.getLastModifiedTime(first.file(DocsFormat.HTML, "conversation"));

        DocsResult second = Generated.of(DocsFixtures.conversationModel(), output).result();

        assertThat(second.written()).isEmpty();
        assertThat(second.deleted()).isEmpty();
        assertThat(second.unchanged()).containsExactlyElementsOf(first.result().written());
        assertThat(Files.getLastModifiedTime(first.file(DocsFormat.HTML, "conversation"))).isEqualTo(before);
    }

    @Test
    void onlyAChangedFileIsRewritten() throws IOException {
        Path site = output.resolve("site");
        Generated first = Generated.of(DocsFixtures.conversationModel(), site);
        Files.writeString(first.file(DocsFormat.MARKDOWN, "Importance"), "edited by hand\n");

        DocsResult second = Generated.of(DocsFixtures.conversationModel(), site).result();

        assertThat(second.written()).containsExactly(Path.of("markdown", "Importance.md"));
        assertThat(tree(site))
                .isEqualTo(tree(Generated.of(DocsFixtures.conversationModel(), output.resolve("fresh")).output()));
    }

    @Test
    void pagesNoLongerGeneratedAreDeleted() throws IOException {
        Generated.of(EdgeCaseModel.model(), output);
        Path foreign = Files.createDirectories(output.resolve("html/images")).resolve("logo.png");
        Files.writeString(foreign, "not ours");

        DocsResult result = Generated.of(DocsFixtures.conversationModel(), output).result();

        assertThat(result.deleted()).contains(Path.of("markdown", "meeting.md"), Path.of("html", "meeting.html"));
        assertThat(foreign).exists();
        assertThat(new HtmlSiteChecker().check(output.resolve("html"))).isEmpty();
        assertThat(pages(output.resolve("markdown")))
                .containsExactly("AudienceMessaging.md", "AudienceMuteLock.md", "ConversationModalityType.md",
                        "ConversationState.md", "Importance.md", "conversation.md", "index.md",
                        "sign-in-and-events.md", "sign-in-and-events.svg");
    }

    @Test
    void onlyTheChosenFormatsAreWritten() throws IOException {
        new DocsGenerator().generate(DocsFixtures.conversationModel(),
                new DocsOptions(output, "Title", Set.of(DocsFormat.MARKDOWN)));
        assertThat(output.resolve("markdown")).isDirectory();
        assertThat(output.resolve("html")).doesNotExist();
    }

    private static List<String> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under the folder, by relative path, with its text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
