package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitFingerprintTest {

    @TempDir
    Path temp;

    private Path folder() throws IOException {
        Path folder = temp.resolve("classes");
        Files.createDirectories(folder.resolve("com/example/tool/emit"));
        Files.writeString(folder.resolve("com/example/tool/A.class"), "a");
        Files.writeString(folder.resolve("com/example/tool/emit/B.class"), "b");
        Files.writeString(folder.resolve("com/example/Other.class"), "other");
        return folder;
    }

    private Path jar(String bContent, String otherContent) throws IOException {
        Path jar = temp.resolve("tool-" + bContent + otherContent + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            entry(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
            entry(zip, "com/example/Other.class", otherContent);
            entry(zip, "com/example/tool/emit/B.class", bContent);
            entry(zip, "com/example/tool/A.class", "a");
        }
        return jar;
    }

    private static void entry(JarOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new JarEntry(name));
        zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String fingerprint(Path location) {
        return ToolkitFingerprint.of(List.of(new ToolkitFingerprint.Source("com/example/tool/", location, "v1")));
    }

    @Test
    void theSameClassesGiveTheSameFingerprintFromAFolderOrAJar() throws IOException {
        assertThat(fingerprint(folder())).isEqualTo(fingerprint(jar("b", "other"))).hasSize(64);
    }

    @Test
    void onlyFilesUnderThePackageTreeCount() throws IOException {
        assertThat(fingerprint(jar("b", "changed"))).isEqualTo(fingerprint(jar("b", "other")));
        assertThat(fingerprint(jar("B", "other"))).isNotEqualTo(fingerprint(jar("b", "other")));
    }

    @Test
    void anUnknownLocationFallsBackToTheVersion() {
        String v1 = fingerprint(null);
        String v2 = ToolkitFingerprint.of(List.of(new ToolkitFingerprint.Source("com/example/tool/", null, "v2")));
        assertThat(v1).isNotEqualTo(v2);
    }

    @Test
    void theLoadedToolkitHasAStableFingerprint() {
        assertThat(ToolkitFingerprint.current()).hasSize(64).isEqualTo(ToolkitFingerprint.current());
    }
}
