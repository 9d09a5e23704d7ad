package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every link of every Markdown page, as CommonMark reads it, names a page that was generated. */
class MarkdownLinksTest {

    @TempDir
    Path output;

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("conversation", DocsFixtures.conversationModel()),
                Arguments.of("edge cases", EdgeCaseModel.model()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyLinkResolves(String name, ApiModel model) throws IOException {
        Path markdown = Generated.of(model, output).folder(DocsFormat.MARKDOWN);
        List<Path> pages;
        try (Stream<Path> files = Files.list(markdown)) {
            pages = files.sorted().toList();
        }
        int links = 0;
        for (Path page : pages) {
            for (String link : MarkdownPage.read(page).links()) {
                assertThat(link).as(page.getFileName() + " links to " + link).doesNotContain("#", ":", "/");
                assertThat(markdown.resolve(link)).as(page.getFileName() + " links to " + link).isRegularFile();
                links++;
            }
        }
        assertThat(links).isGreaterThan(pages.size());
    }
}
