package io.github.ucwakit.generator.testing;

import io.github.ucwakit.generator.emit.CodeEmitter;
import io.github.ucwakit.generator.naming.NamingPlanner;
import io.github.ucwakit.generator.write.FileRenderer;
import io.github.ucwakit.generator.write.RenderedFile;
import io.github.ucwakit.schema.model.ApiModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Renders a model in memory: relative path (with {@code /}) to text, sorted by path. */
public final class Generated {

    public static final Path SOURCES = Path.of("java");
    public static final Path RESOURCES = Path.of("resources");

    private Generated() {}

    public static Map<String, String> render(ApiModel model, String javaPackage) {
        Map<String, String> files = new TreeMap<>();
        for (RenderedFile file : new FileRenderer().render(
                new CodeEmitter().emit(new NamingPlanner().plan(model, javaPackage)), SOURCES, RESOURCES)) {
            files.put(file.target().toString().replace('\\', '/'), new String(file.bytes(), StandardCharsets.UTF_8));
        }
        return files;
    }
}
