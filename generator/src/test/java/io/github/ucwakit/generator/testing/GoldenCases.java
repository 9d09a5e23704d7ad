package io.github.ucwakit.generator.testing;

import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.DescriptorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The golden cases under {@code src/test/resources/golden}: each folder holds {@code input/} (descriptors) and
 * {@code expected/} (every generated file: {@code java/...} sources and {@code resources/...}).
 */
public final class GoldenCases {

    public static final Path ROOT =
            Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

    private GoldenCases() {}

    /** The case names, sorted. */
    public static List<String> names() {
        try (Stream<Path> cases = Files.list(ROOT)) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path input(String name) {
        return ROOT.resolve(name).resolve("input");
    }

    public static Path expected(String name) {
        return ROOT.resolve(name).resolve("expected");
    }

    /** The package a case is generated into. */
    public static String javaPackage(String name) {
        return "com.example." + name;
    }

    /** Options writing sources to {@code out/java} and resources to {@code out/resources}. */
    public static GenerateOptions options(List<Path> descriptorDirectories, String javaPackage, Path out) {
        return new GenerateOptions(descriptorDirectories, out.resolve("java"), out.resolve("resources"), javaPackage);
    }

    /** Generates a case into {@code out} and returns what is there afterwards. */
    public static Map<String, byte[]> generate(String name, Path out) throws IOException, DescriptorException {
        GenerationResult result = new UcwaGenerator().generate(options(List.of(input(name)), javaPackage(name), out));
        if (result.written().isEmpty()) {
            throw new IllegalStateException("nothing generated for case " + name);
        }
        return readTree(out);
    }

    /** Every file under {@code root}: path relative to it with {@code /} separators, to bytes, sorted by path. */
    public static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The Java sources among {@code files}, as text. */
    public static Map<String, String> javaSources(Map<String, byte[]> files) {
        Map<String, String> sources = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".java")) {
                sources.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return sources;
    }
}
