package io.github.ucwakit.generator.write;

import com.palantir.javapoet.JavaFile;
import io.github.ucwakit.generator.emit.EmittedCode;
import io.github.ucwakit.generator.emit.ResourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders emitted code to bytes, in memory: UTF-8, {@code \n} line endings whatever the platform, files rendered in
 * parallel and listed in the order they were emitted. Refuses two files whose paths differ only in case, which some
 * file systems would merge.
 */
public final class FileRenderer {

    /** Room for the text of all but a few generated files (the whole API's average 3.5 KB, 95% under 8 KB). */
    private static final int TYPICAL_FILE_CHARS = 8192;

    /** Renders Java sources under {@code sourceRoot} and resource files under {@code resourceRoot}. */
    public List<RenderedFile> render(EmittedCode code, Path sourceRoot, Path resourceRoot) {
        // Formatting is most of a run's work and each file is independent: render them on every core, in order.
        List<RenderedFile> files = new ArrayList<>(code.sources().parallelStream()
                .map(source -> new RenderedFile(sourceRoot, sourcePath(source),
                        SourceText.bytes(text(source))))
                .toList());
        for (ResourceFile resource : code.resources()) {
            files.add(new RenderedFile(resourceRoot, relative(resource.path()), bytes(resource.content())));
        }
        checkDistinct(files);
        return files;
    }

    /**
     * JavaPoet's text of {@code source}, written into a buffer the size of most generated files instead of the
     * default one {@code JavaFile.toString()} starts from and copies over and over as it grows.
     */
    static String text(JavaFile source) {
        StringBuilder text = new StringBuilder(TYPICAL_FILE_CHARS);
        try {
            source.writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return text.toString();
    }

    private static Path sourcePath(JavaFile source) {
        String directory = source.packageName().isEmpty() ? "" : source.packageName().replace('.', '/') + "/";
        return relative(directory + source.typeSpec().name() + ".java");
    }

    private static Path relative(String slashSeparated) {
        return Path.of("", slashSeparated.split("/"));
    }

    private static byte[] bytes(String text) {
        return SourceText.normalizeLineEndings(text).getBytes(StandardCharsets.UTF_8);
    }

    private static void checkDistinct(List<RenderedFile> files) {
        Map<String, RenderedFile> byKey = new HashMap<>();
        for (RenderedFile file : files) {
            String key = file.target().toString().toLowerCase(Locale.ROOT);
            RenderedFile previous = byKey.putIfAbsent(key, file);
            if (previous != null) {
                throw new IllegalStateException(
                        "two generated files at the same path: " + previous.target() + " and " + file.target());
            }
        }
    }
}
