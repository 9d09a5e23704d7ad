package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.emit.EmittedCode;
import io.github.ucwakit.generator.emit.ResourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileRendererTest {

    private static final Path SOURCES = Path.of("out", "java");
    private static final Path RESOURCES = Path.of("out", "resources");

    private static JavaFile type(String name, String javadoc) {
        return JavaFile.builder("com.example.ucwa", TypeSpec.classBuilder(name).addJavadoc("$L", javadoc).build())
                .build();
    }

    @Test
    void placesSourcesByPackageAndResourcesByTheirPath() {
        List<RenderedFile> files = new FileRenderer().render(new EmittedCode(List.of(type("Conversation", "x")),
                List.of(new ResourceFile("META-INF/services/a.B", "c.D\n"))), SOURCES, RESOURCES);
        assertThat(files).extracting(RenderedFile::target).containsExactly(
                SOURCES.resolve(Path.of("com", "example", "ucwa", "Conversation.java")),
                RESOURCES.resolve(Path.of("META-INF", "services", "a.B")));
        assertThat(files.get(1).path()).isEqualTo(Path.of("META-INF", "services", "a.B"));
    }

    @Test
    void writesUtf8WithNewlineLineEndingsOnly() {
        List<RenderedFile> files = new FileRenderer().render(
                new EmittedCode(List.of(type("Caf\u00e9", "line one\r\nline two\rthree")),
                        List.of(new ResourceFile("r.txt", "a\r\nb\r"))), SOURCES, RESOURCES);
        String source = new String(files.get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(source).doesNotContain("\r").contains("class Caf\u00e9", " * line one\n * line two\n * three\n");
        assertThat(files.get(0).bytes()).containsSequence("Caf\u00e9".getBytes(StandardCharsets.UTF_8));
        assertThat(files.get(1).bytes()).isEqualTo("a\nb\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textIsJavaPoetsTextForFilesSmallerAndLargerThanTheBuffer() {
        JavaFile small = type("Small", "x");
        JavaFile large = type("Large", "a long line of documentation\n".repeat(1000));
        assertThat(FileRenderer.text(small)).isEqualTo(small.toString());
        assertThat(FileRenderer.text(large)).hasSizeGreaterThan(8192).isEqualTo(large.toString());
    }

    @Test
    void refusesTwoFilesWhosePathsDifferOnlyInCase() {
        EmittedCode clash = new EmittedCode(List.of(type("State", "a"), type("STATE", "b")), List.of());
        assertThatThrownBy(() -> new FileRenderer().render(clash, SOURCES, RESOURCES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("State.java").hasMessageContaining("STATE.java");
    }
}
