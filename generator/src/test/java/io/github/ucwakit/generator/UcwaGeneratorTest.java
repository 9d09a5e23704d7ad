package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.generator.testing.GoldenCases;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UcwaGeneratorTest {

    private static final String GOOD = "resource: conversation\nproperties:\n  - name: subject\n    type: string\n";
    private static final String BAD = "resource: participant\nproperties:\n  - name: role\n    type: NoSuchEnum\n";

    @TempDir
    Path temp;

    @Test
    void reportsCountsWrittenFilesAndWarnings() throws Exception {
        GenerationResult result = new UcwaGenerator().generate(
                GoldenCases.options(List.of(GoldenCases.input("tricky")), "com.example.tricky", temp));
        assertThat(result.resources()).isEqualTo(3);
        assertThat(result.enumerations()).isEqualTo(2);
        assertThat(result.written()).contains(
                Path.of("com", "example", "tricky", "Thing.java"),
                Path.of("com", "example", "tricky", "PlaceBinding.java"),
                Path.of("META-INF", "services", "io.github.ucwakit.runtime.BindingProvider"));
        assertThat(result.written()).hasSize(GoldenCases.readTree(temp).size());
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("generated as hasTags2"))
                .anyMatch(m -> m.contains("generated as addParticipantLink2"))
                .anyMatch(m -> m.contains("'note', which no descriptor describes"));
        assertThat(result.warnings()).isSortedAccordingTo(Diagnostic.ORDER);
    }

    @Test
    void aSecondRunWritesNothing() throws Exception {
        GenerateOptions options = GoldenCases.options(List.of(GoldenCases.input("conversation")), "com.example", temp);
        GenerationResult first = new UcwaGenerator().generate(options);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Path conversation = temp.resolve("java/com/example/Conversation.java");
        Files.setLastModifiedTime(conversation, old);

        GenerationResult second = new UcwaGenerator().generate(options);

        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).containsExactlyElementsOf(first.written());
        assertThat(Files.getLastModifiedTime(conversation)).isEqualTo(old);
    }

    @Test
    void aBadDescriptorThrowsWithEveryDiagnosticAndLeavesTheOutputAsItWas() throws Exception {
        Path descriptors = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(descriptors.resolve("conversation.yaml"), GOOD);
        Files.writeString(descriptors.resolve("participant.yaml"), BAD);
        Path out = temp.resolve("out");
        Path kept = Files.createDirectories(out.resolve("java/com/example")).resolve("Conversation.java");
        Files.writeString(kept, "// an earlier generation\n");
        Files.setLastModifiedTime(kept, FileTime.fromMillis(1_000_000_000_000L));
        Map<String, byte[]> before = GoldenCases.readTree(out);

        assertThatThrownBy(() -> new UcwaGenerator().generate(GoldenCases.options(List.of(descriptors),
                        "com.example", out)))
                .isInstanceOfSatisfying(DescriptorException.class, e -> assertThat(e.diagnostics())
                        .anyMatch(d -> d.isError() && d.location().file().endsWith("participant.yaml")));

        Map<String, byte[]> after = GoldenCases.readTree(out);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(after.get("java/com/example/Conversation.java"))
                .isEqualTo(before.get("java/com/example/Conversation.java"));
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));
        assertThat(out.resolve("resources")).doesNotExist();
    }

    @Test
    void validateReportsWithoutWriting() throws Exception {
        Path descriptors = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(descriptors.resolve("participant.yaml"), BAD);
        LoadResult result = new UcwaGenerator().validate(List.of(descriptors));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).anyMatch(d -> d.message().contains("NoSuchEnum"));
        assertThat(GoldenCases.readTree(temp).keySet()).containsExactly("ucwa/participant.yaml");
    }

    @Test
    void anInvalidPackageIsRefusedBeforeAnythingIsWritten() {
        GenerateOptions options = GoldenCases.options(List.of(GoldenCases.input("conversation")), "com.1bad", temp);
        assertThatThrownBy(() -> new UcwaGenerator().generate(options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.1bad");
        assertThat(temp.resolve("java")).doesNotExist();
    }
}
