package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.source.SourceReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on folders and file encodings: problems become diagnostics, never exceptions. */
class LoaderFoldersTest {

    @TempDir
    Path temp;

    private final DescriptorLoader loader = new DescriptorLoader();

    @Test
    void reportsAMissingFolderAsAnError() {
        Path missing = temp.resolve("nowhere");
        LoadResult result = loader.load(List.of(missing));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly(display(missing) + ":1:1: descriptor folder not found");
    }

    @Test
    void reportsAFileGivenAsAFolder() throws IOException {
        Path file = write("conversation.yaml", "resource: conversation\n");
        assertThat(loader.load(List.of(file)).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly(display(file) + ":1:1: not a folder; descriptors are read from folders");
    }

    @Test
    void warnsAboutAFolderWithoutDescriptorsAndGivesAnEmptyModel() throws IOException {
        write("notes.txt", "resource: conversation\n");
        LoadResult result = loader.load(List.of(temp));
        assertThat(result.model()).contains(new ApiModel(List.of(), List.of()));
        assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly(display(temp) + ":1:1: warning: no descriptor (*.yaml, *.yml, *.json) in this folder"
                        + " [empty-folder]");
    }

    @Test
    void readsNestedFoldersAndAllThreeExtensionsWithSlashSeparatedSourceFiles() throws IOException {
        write("b/deeper/participant.yml", "resource: participant\n");
        write("a/conversation.yaml", "resource: conversation\n");
        write("me.json", "{\"resource\": \"me\"}");
        ApiModel model = loader.load(List.of(temp)).model().orElseThrow();
        assertThat(model.resources()).extracting(Resource::name, Resource::sourceFile).containsExactly(
                tuple("conversation", "a/conversation.yaml"),
                tuple("me", "me.json"),
                tuple("participant", "b/deeper/participant.yml"));
        assertThat(model.resource("participant").orElseThrow().location())
                .isEqualTo(new SourceLocation(display(temp) + "/b/deeper/participant.yml", 1, 1));
    }

    @Test
    void loadsSeveralFoldersTogether() throws IOException {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(first.resolve("conversation.yaml"), "resource: conversation\nproperties:\n"
                + "  - name: state\n    type: State\n");
        Files.writeString(second.resolve("State.yaml"), "enumeration: State\nmembers:\n  - name: Connected\n");
        LoadResult result = loader.load(List.of(first, second));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().orElseThrow().enumerations()).hasSize(1);
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndingsKeepingLocations() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "resource: conversation\r\nproperties:\r\n  - name: subject\r\n    type: string\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(temp.resolve("conversation.yaml"), bytes);
        Resource conversation = loader.load(List.of(temp)).model().orElseThrow().resources().get(0);
        assertThat(conversation.properties().get(0).location())
                .isEqualTo(new SourceLocation(display(temp) + "/conversation.yaml", 3, 5));
    }

    @Test
    void reportsDeepNestingAsADiagnosticNotAnException() throws IOException {
        write("deep.yaml", "resource: deep\ndescription: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        LoadResult result = loader.load(List.of(temp));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).location().file()).isEqualTo(display(temp) + "/deep.yaml");
    }

    @Test
    void readsADescriptorOfExactlyTheSizeLimit() throws IOException {
        StringBuilder text = new StringBuilder("resource: big\n");
        while (text.length() < SourceReader.MAX_BYTES) {
            int line = Math.min(1024, SourceReader.MAX_BYTES - text.length());
            text.append("#".repeat(line - 1)).append('\n');
        }
        Path file = write("big.yaml", text.toString());
        assertThat(Files.size(file)).isEqualTo(SourceReader.MAX_BYTES);
        LoadResult result = loader.load(List.of(temp));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().orElseThrow().resources()).extracting(Resource::name).containsExactly("big");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String display(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
