package io.github.ucwakit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.write.YamlRenderer;
import io.github.ucwakit.schema.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes small reference pages for tests and reads back what the importer wrote. */
final class TestPages {

    private TestPages() {}

    /** The reference folder the build points the tests at. */
    static Path reference() {
        Path folder = Path.of(System.getProperty("ucwa.reference", "../../shared/ucwa-reference"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("the UCWA reference folder " + folder.toAbsolutePath()
                    + " does not exist; point -Ducwa.reference=DIR at the reference pages");
        }
        return folder;
    }

    static void write(Path folder, String fileName, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
    }

    /** The 1-based number of the first line of a text that contains the needle. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + needle);
    }

    static ObjectNode descriptor(Path file) throws IOException {
        return YamlRenderer.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The item of a descriptor list whose key has the value. */
    static Optional<JsonNode> item(JsonNode descriptor, String list, String key, String value) {
        for (JsonNode item : descriptor.path(list)) {
            if (value.equals(item.path(key).asText(null))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The warnings of a result, each as "file:line: message" (column dropped). */
    static List<String> warnings(ImportResult result) {
        return result.warnings().stream().map(TestPages::brief).toList();
    }

    static String brief(Diagnostic d) {
        return d.location().file() + ":" + d.location().line() + ": " + d.message();
    }

    /** A small resource page; {@code sections} follows the Resource description heading. */
    static String resourcePage(String name, String sections) {
        return "---\n"
                + "title: " + name + "\n"
                + "description: " + name + " represents a test resource.\n"
                + "---\n"
                + "# " + name + "\n"
                + "\n"
                + "Represents a test resource.\n"
                + "\n"
                + "## Resource description\n"
                + "\n"
                + "A resource for tests.\n"
                + "\n"
                + sections;
    }

    /** A small enumeration page. */
    static String enumerationPage(String name, String... members) {
        StringBuilder page = new StringBuilder("---\ntitle: " + name + "\n---\n# " + name + "\n\n"
                + "Represents a test enumeration.\n\n## Members\n\n|**Name**|**Description**|\n|:-----|:-----|\n");
        for (String member : members) {
            page.append('|').append(member).append('|').append(member).append(".|\n");
        }
        return page.toString();
    }
}
