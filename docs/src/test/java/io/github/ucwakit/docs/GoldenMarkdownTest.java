package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown pages of the conversation descriptor set, compared exactly with the golden files under
 * {@code src/test/golden/conversation}; {@code -Ducwakit.updateGolden=true} rewrites them. (The figure's SVG file
 * beside them has its own golden file: {@link GoldenDiagramTest}.)
 */
class GoldenMarkdownTest {

    private static final Path GOLDEN = Path.of(System.getProperty("ucwakit.docs.basedir", "."))
            .resolve("src/test/golden/conversation");

    @TempDir
    Path output;

    @Test
    void conversationMarkdownMatchesTheGoldenFiles() throws IOException {
        Generated docs = Generated.of(DocsFixtures.conversationModel(), output);
        Path markdown = docs.folder(DocsFormat.MARKDOWN);
        if (Boolean.getBoolean("ucwakit.updateGolden")) {
            rewrite(markdown);
        }
        assertThat(fileNames(markdown)).as("generated pages").containsExactlyElementsOf(fileNames(GOLDEN));
        for (String name : fileNames(GOLDEN)) {
            assertThat(Files.readString(markdown.resolve(name), StandardCharsets.UTF_8))
                    .as(name + " (rewrite with -Ducwakit.updateGolden=true)")
                    .isEqualTo(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8));
        }
    }

    private static void rewrite(Path markdown) throws IOException {
        Files.createDirectories(GOLDEN);
        for (String name : fileNames(GOLDEN)) {
            Files.delete(GOLDEN.resolve(name));
        }
        for (String name : fileNames(markdown)) {
            Files.copy(markdown.resolve(name), GOLDEN.resolve(name));
        }
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".md")).sorted().toList();
        }
    }
}
