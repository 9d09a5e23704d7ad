package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader never throws and reports only sensible diagnostics, whatever damage a hand edit does to a descriptor:
 * good descriptors are cut, repeated, truncated and sprinkled with characters that matter to YAML and JSON (and
 * bytes that are not UTF-8), from fixed seeds so that a failure names the variant that caused it.
 */
class DamagedDescriptorsTest {

    private static final int VARIANTS = 120;
    private static final List<String> SOURCES = List.of(
            "good/api/conversation.yaml", "good/api/participant.json", "good/api/enums/State.yml",
            "good/java-names/call.yaml", "good/java-names/CallState.json");
    private static final List<String> INSERTS = List.of("\t", "\0", ":", ": ", "- ", "[", "]", "{", "}", ",", "&a ",
            "*a", "<<: *a\n", "\"", "'", "\n---\n", "? ", "|", ">", "#", "\r", "\uFEFF", "\u2028", "!!binary ",
            "%YAML 1.1\n", "\n  ", "\n    - name: x\n", "javaName: class\n", "review: [", "\u202E", "\\u0000",
            "rel: self\n", "key: a\n", "embedded:\n  - key: call\n", "resource: call\n", "..", "/", "\\");

    @TempDir
    Path temp;

    private final DescriptorLoader loader = new DescriptorLoader();

    @Test
    void neverThrowsAndLocatesEveryDiagnosticInTheDamagedFile() throws IOException {
        List<byte[]> sources = new ArrayList<>();
        for (String source : SOURCES) {
            sources.add(Files.readAllBytes(TestPaths.sourceTestResources().resolve(source)));
        }
        for (int seed = 0; seed < VARIANTS; seed++) {
            Random random = new Random(seed);
            int source = random.nextInt(sources.size());
            byte[] damaged = damage(sources.get(source), random);
            Path folder = Files.createDirectories(temp.resolve("variant-" + seed));
            Files.write(folder.resolve(Path.of(SOURCES.get(source)).getFileName()), damaged);
            check(folder, "variant " + seed + " of " + SOURCES.get(source), seed % 20 == 0);
        }
    }

    private void check(Path folder, String variant, boolean twice) {
        LoadResult result;
        try {
            result = loader.load(List.of(folder));
        } catch (Throwable thrown) {
            throw new AssertionError("the loader threw on " + variant, thrown);
        }
        String prefix = folder.toString().replace(File.separatorChar, '/') + "/";
        for (Diagnostic diagnostic : result.diagnostics()) {
            SourceLocation location = diagnostic.location();
            if (!location.file().startsWith(prefix) || location.line() < 1 || location.column() < 1
                    || diagnostic.toString().contains("\n") || diagnostic.toString().contains("\r")) {
                fail("diagnostic of %s is not one located line: %s", variant, diagnostic);
            }
        }
        assertThat(result.model().isPresent()).as("model of %s", variant)
                .isEqualTo(result.diagnostics().stream().noneMatch(Diagnostic::isError));
        if (twice) {
            assertThat(loader.load(List.of(folder)).diagnostics()).as("second load of %s", variant)
                    .isEqualTo(result.diagnostics());
        }
    }

    /** One to four random edits: a cut, a repeated slice, a truncation, an insertion, a byte that is not UTF-8. */
    private static byte[] damage(byte[] original, Random random) {
        byte[] bytes = original;
        int edits = 1 + random.nextInt(4);
        for (int edit = 0; edit < edits; edit++) {
            int at = random.nextInt(bytes.length + 1);
            int length = Math.min(bytes.length - at, random.nextInt(40));
            bytes = switch (random.nextInt(5)) {
                case 0 -> join(slice(bytes, 0, at), slice(bytes, at + length, bytes.length));
                case 1 -> join(slice(bytes, 0, at + length), slice(bytes, at, bytes.length));
                case 2 -> slice(bytes, 0, at);
                case 3 -> join(slice(bytes, 0, at), INSERTS.get(random.nextInt(INSERTS.size()))
                        .getBytes(StandardCharsets.UTF_8), slice(bytes, at, bytes.length));
                default -> join(slice(bytes, 0, at), new byte[] {(byte) (0x80 + random.nextInt(0x80))},
                        slice(bytes, at, bytes.length));
            };
        }
        return bytes;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] slice = new byte[to - from];
        System.arraycopy(bytes, from, slice, 0, slice.length);
        return slice;
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
