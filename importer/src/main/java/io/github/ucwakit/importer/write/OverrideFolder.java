package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The hand-written overrides of an import: one {@code <name>.yaml} per resource or enumeration, each a partial
 * descriptor applied over what the pages give. A folder that does not exist holds no override.
 */
public final class OverrideFolder {

    private static final String SUFFIX = ".yaml";

    private final Map<String, ObjectNode> byName;

    private OverrideFolder(Map<String, ObjectNode> byName) {
        this.byName = byName;
    }

    public static OverrideFolder none() {
        return new OverrideFolder(Map.of());
    }

    /** Reads every override of a folder; an unreadable one is reported as an error and skipped. */
    public static OverrideFolder read(Path directory, DiagnosticSink sink) throws IOException {
        Map<String, ObjectNode> overrides = new TreeMap<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return new OverrideFolder(overrides);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                ObjectNode tree = YamlRenderer.parse(Files.readString(file, StandardCharsets.UTF_8));
                overrides.put(fileName.substring(0, fileName.length() - SUFFIX.length()), tree);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                sink.error(SourceLocation.ofFile(fileName), "override cannot be read: " + e.getMessage());
            }
        }
        return new OverrideFolder(overrides);
    }

    public Optional<ObjectNode> forName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of the overrides, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
