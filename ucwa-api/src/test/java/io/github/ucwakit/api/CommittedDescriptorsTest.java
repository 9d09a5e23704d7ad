package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.write.ReviewScanner;
import io.github.ucwakit.importer.write.YamlRenderer;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed descriptors are exactly what the build's import of the reference pages (with the overrides)
 * writes, and their {@code review:} notes, where the importer had to guess, are the ones decided and listed in
 * {@code accepted-review-notes.txt} ({@code -Ducwakit.updateGolden=true} rewrites the list; review its diff).
 */
class CommittedDescriptorsTest {

    private static final Path ACCEPTED = Path.of("src/test/resources/accepted-review-notes.txt");

    @Test
    void committedDescriptorsAreTheImport() throws IOException {
        List<String> imported = fileNames(ApiFolders.imported());
        assertThat(fileNames(ApiFolders.DESCRIPTORS)).isEqualTo(imported);
        for (String name : imported) {
            assertThat(Files.readString(ApiFolders.DESCRIPTORS.resolve(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(Files.readString(ApiFolders.imported().resolve(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyReviewNoteOfTheImportWasDecided() throws IOException {
        List<String> notes = new ArrayList<>();
        for (String name : fileNames(ApiFolders.imported())) {
            ObjectNode tree = read(ApiFolders.imported().resolve(name));
            DescriptorShape shape = tree.has("enumeration") ? DescriptorShape.ENUMERATION : DescriptorShape.RESOURCE;
            ReviewScanner.scan(tree, shape).forEach(f ->
                    notes.add(name + (f.node().isEmpty() ? "" : " " + f.node()) + ": " + f.reason()));
        }
        if (Boolean.getBoolean("ucwakit.updateGolden")) {
            Files.writeString(ACCEPTED, String.join("\n", notes) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(notes).isEqualTo(Files.readAllLines(ACCEPTED, StandardCharsets.UTF_8));
    }

    private static ObjectNode read(Path file) throws IOException {
        return YamlRenderer.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).sorted().toList();
        }
    }
}
