package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG of the sign-in and event channel figure as the generator writes it next to the Markdown pages, compared
 * exactly with {@code src/test/golden/diagram/sign-in-and-events.svg}; {@code -Ducwakit.updateGolden=true} rewrites
 * it. The HTML page holds the same SVG inline.
 */
class GoldenDiagramTest {

    private static final Path GOLDEN = Path.of(System.getProperty("ucwakit.docs.basedir", "."))
            .resolve("src/test/golden/diagram/sign-in-and-events.svg");

    @TempDir
    Path output;

    @Test
    void theSignInFigureMatchesTheGoldenFile() throws IOException {
        Generated docs = Generated.of(DocsFixtures.conversationModel(), output);
        String svg = Files.readString(docs.folder(DocsFormat.MARKDOWN).resolve("sign-in-and-events.svg"),
                StandardCharsets.UTF_8);
        if (Boolean.getBoolean("ucwakit.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
        }
        if (!Files.isRegularFile(GOLDEN)) {
            throw new AssertionError("no golden file " + GOLDEN + " (write it with -Ducwakit.updateGolden=true)");
        }
        assertThat(svg).as("sign-in-and-events.svg (rewrite with -Ducwakit.updateGolden=true)")
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        String html = Files.readString(docs.file(DocsFormat.HTML, "sign-in-and-events"), StandardCharsets.UTF_8);
        String inline = svg.substring(svg.indexOf("<svg"));
        assertThat(html).as("the page holds the same SVG inline").contains(inline.strip());
    }
}
