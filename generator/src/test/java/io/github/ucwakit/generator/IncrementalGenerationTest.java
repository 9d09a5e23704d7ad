package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.generator.testing.GoldenCases;
import io.github.ucwakit.schema.DescriptorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs with a state file: no work when nothing changed, only the changed files written, stale files deleted. */
class IncrementalGenerationTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);
    private static final String NOTE = """
            resource: note
            properties:
              - name: text
                type: string
              - name: mood
                type: Mood
            """;
    private static final String MOOD = "enumeration: Mood\nmembers:\n  - name: Happy\n";
    private static final String TAG = "resource: tag\nproperties:\n  - name: label\n    type: string\n";

    @TempDir
    Path temp;

    private Path descriptors;
    private Path out;

    @BeforeEach
    void descriptors() throws IOException {
        descriptors = Files.createDirectories(temp.resolve("ucwa"));
        write("note.yaml", NOTE);
        write("Mood.yaml", MOOD);
        write("tag.yaml", TAG);
        out = temp.resolve("out");
    }

    private void write(String name, String content) throws IOException {
        Path file = descriptors.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private GenerateOptions options() {
        return options("com.example");
    }

    private GenerateOptions options(String javaPackage) {
        return GoldenCases.options(List.of(descriptors), javaPackage, out)
                .withStateFile(temp.resolve("state/generate.state"))
                .withConfigurationFingerprint("test 1");
    }

    private GenerationResult generate(GenerateOptions options) throws IOException, DescriptorException {
        return new UcwaGenerator().generate(options);
    }

    /** Sets every output file and the state file to an old time, so that a rewrite shows. */
    private void age() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    /** Output and state files (relative to the temp folder) whose modification time is no longer {@link #OLD}. */
    private List<String> touched() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(descriptors))
                    .filter(f -> {
                        try {
                            return !Files.getLastModifiedTime(f).equals(OLD);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(f -> temp.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static Path java(String name) {
        return Path.of("com", "example", name + ".java");
    }

    @Test
    void aSecondRunWithNothingChangedDoesNoWorkAndTouchesNoFile() throws Exception {
        GenerationResult first = generate(options());
        assertThat(first.upToDate()).isFalse();
        age();

        GenerationResult second = generate(options());

        assertThat(second.upToDate()).isTrue();
        assertThat(second.written()).isEmpty();
        assertThat(second.deleted()).isEmpty();
        assertThat(second.unchanged()).containsExactlyInAnyOrderElementsOf(first.written());
        assertThat(second.resources()).isEqualTo(2);
        assertThat(second.enumerations()).isEqualTo(1);
        assertThat(second.warnings()).isEqualTo(first.warnings());
        assertThat(touched()).isEmpty();
    }

    @Test
    void editingADescriptorRewritesOnlyTheFilesWhoseBytesChange() throws Exception {
        generate(options());
        age();
        write("tag.yaml", TAG + "  - name: colour\n    type: string\n");

        GenerationResult result = generate(options());

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).containsExactlyInAnyOrder(java("Tag"), java("TagBinding"));
        assertThat(touched()).containsExactly("out/java/com/example/Tag.java", "out/java/com/example/TagBinding.java",
                "state/generate.state");
        assertThat(out.resolve("java").resolve(java("Tag"))).content().contains("colour()");
    }

    @Test
    void editingAnEnumerationRewritesOnlyItsClass() throws Exception {
        generate(options());
        age();
        write("Mood.yaml", MOOD + "  - name: Grumpy\n");

        GenerationResult result = generate(options());

        assertThat(result.written()).containsExactly(java("Mood"));
        assertThat(touched()).containsExactly("out/java/com/example/Mood.java", "state/generate.state");
    }

    @Test
    void deletingADescriptorDeletesItsClasses() throws Exception {
        generate(options());
        age();
        Files.delete(descriptors.resolve("tag.yaml"));

        GenerationResult result = generate(options());

        assertThat(result.deleted()).containsExactlyInAnyOrder(java("Tag"), java("TagBinding"), java("TagLinks"));
        assertThat(result.written()).containsExactly(java("GeneratedBindings"),
                Path.of("META-INF", "services", "io.github.ucwakit.runtime.BindingProvider"));
        assertThat(out.resolve("java").resolve(java("Tag"))).doesNotExist();
        assertThat(out.resolve("java").resolve(java("Note"))).exists();
    }

    @Test
    void changingThePackageMovesTheClassesAndTheRegistration() throws Exception {
        generate(options());
        GenerationResult result = generate(options("org.example.notes"));

        assertThat(result.deleted()).contains(java("Note"), java("GeneratedBindings"));
        assertThat(out.resolve("java/com")).doesNotExist();
        assertThat(out.resolve("java/org/example/notes/Note.java")).exists();
        assertThat(out.resolve("resources/META-INF/services/io.github.ucwakit.runtime.BindingProvider"))
                .content().contains("org.example.notes.GeneratedBindings").doesNotContain("com.example");
    }

    @Test
    void anotherCallerConfigurationGeneratesAgainWithoutRewritingEqualFiles() throws Exception {
        generate(options());
        age();
        GenerationResult result = generate(options().withConfigurationFingerprint("test 2"));
        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).isEmpty();
        assertThat(touched()).containsExactly("state/generate.state");
        assertThat(generate(options().withConfigurationFingerprint("test 2")).upToDate()).isTrue();
    }

    @Test
    void aDeletedOutputFolderIsGeneratedAgain() throws Exception {
        GenerationResult first = generate(options());
        deleteTree(out);
        GenerationResult second = generate(options());
        assertThat(second.upToDate()).isFalse();
        assertThat(second.written()).containsExactlyInAnyOrderElementsOf(first.written());
    }

    @Test
    void aGeneratedFileEditedByHandIsRestored() throws Exception {
        generate(options());
        Path note = out.resolve("java").resolve(java("Note"));
        byte[] generated = Files.readAllBytes(note);
        Files.writeString(note, "// edited");
        GenerationResult result = generate(options());
        assertThat(result.written()).containsExactly(java("Note"));
        assertThat(note).hasBinaryContent(generated);
    }

    @Test
    void aDescriptorErrorLeavesTheOutputAndTheStateAsTheyWere() throws Exception {
        generate(options());
        age();
        Map<String, byte[]> before = GoldenCases.readTree(temp);
        write("tag.yaml", "resource: tag\nproperties:\n  - name: label\n    type: NoSuchType\n");

        assertThatThrownBy(() -> generate(options())).isInstanceOf(DescriptorException.class);

        Map<String, byte[]> after = GoldenCases.readTree(temp);
        after.remove("ucwa/tag.yaml");
        before.remove("ucwa/tag.yaml");
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
        assertThat(touched()).isEmpty();

        write("tag.yaml", TAG);
        assertThat(generate(options()).upToDate()).isTrue();
    }

    @Test
    void twoDescriptorsWithTheSameNameInTwoFoldersAreTwoInputs() throws Exception {
        Files.delete(descriptors.resolve("tag.yaml"));
        Files.delete(descriptors.resolve("note.yaml"));
        write("people/model.yaml", "resource: person\nproperties:\n  - name: name\n    type: string\n");
        write("places/model.yaml", "resource: place\nproperties:\n  - name: name\n    type: string\n");
        generate(options());
        assertThat(out.resolve("java").resolve(java("Place"))).content().contains("places/model.yaml");
        age();

        write("places/model.yaml", "resource: place\nproperties:\n  - name: city\n    type: string\n");
        GenerationResult result = generate(options());

        assertThat(result.written()).containsExactlyInAnyOrder(java("Place"), java("PlaceBinding"));
        assertThat(new String(Files.readAllBytes(temp.resolve("state/generate.state")), StandardCharsets.UTF_8))
                .contains("people/model.yaml").contains("places/model.yaml");
    }

    @Test
    void twoRunsWithTheirOwnStateShareTheResourceFolder() throws Exception {
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("tag.yaml"), TAG);
        Files.delete(descriptors.resolve("tag.yaml"));
        GenerateOptions notes = options("com.example.notes");
        GenerateOptions tags = GoldenCases.options(List.of(other), "com.example.tags", out)
                .withStateFile(temp.resolve("state/tags.state"));
        generate(notes);
        generate(tags);
        Path services = out.resolve("resources/META-INF/services/io.github.ucwakit.runtime.BindingProvider");
        assertThat(Files.readAllLines(services)).filteredOn(l -> !l.startsWith("#"))
                .containsExactly("com.example.notes.GeneratedBindings", "com.example.tags.GeneratedBindings");
        age();

        assertThat(generate(notes).upToDate()).isTrue();
        assertThat(generate(tags).upToDate()).isTrue();
        assertThat(touched()).isEmpty();

        Files.writeString(other.resolve("tag.yaml"), TAG + "  - name: colour\n    type: string\n");
        assertThat(generate(notes).upToDate()).isTrue();
        GenerationResult changed = generate(tags);
        assertThat(changed.written()).containsExactlyInAnyOrder(
                Path.of("com/example/tags/Tag.java"), Path.of("com/example/tags/TagBinding.java"));
        assertThat(out.resolve("java/com/example/notes/Note.java")).exists();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
