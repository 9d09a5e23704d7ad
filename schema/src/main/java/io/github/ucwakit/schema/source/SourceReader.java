package io.github.ucwakit.schema.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Reads one descriptor file into a located tree whose root is a mapping. Checks, in order: the bytes are UTF-8,
 * YAML indentation has no tabs, the syntax is valid, the file is not empty, its top level is a mapping. Each
 * failure is a diagnostic; the file then yields nothing.
 */
public final class SourceReader {

    private final YAMLFactory yamlFactory = new YAMLFactory();
    private final JsonFactory jsonFactory = new JsonFactory();

    /** The file's top-level mapping, or empty after reporting why there is none. */
    public Optional<MappingNode> read(DescriptorFile file, List<Diagnostic> sink) {
        String name = file.displayName();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            sink.add(Diagnostic.error(SourceLocation.ofFile(name), "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        return Utf8Text.decode(bytes, name, sink).flatMap(text -> readText(text, file, sink));
    }

    private Optional<MappingNode> readText(String text, DescriptorFile file, List<Diagnostic> sink) {
        String name = file.displayName();
        if (!file.isJson()) {
            List<Diagnostic> tabs = IndentationTabs.find(text, name);
            if (!tabs.isEmpty()) {
                sink.addAll(tabs);
                return Optional.empty();
            }
        }
        Optional<Node> root = parse(text, file, sink);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (root.get() instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        sink.add(Diagnostic.error(root.get().location(),
                "expected a mapping at the top level of a descriptor, found " + root.get().kindName()));
        return Optional.empty();
    }

    private Optional<Node> parse(String text, DescriptorFile file, List<Diagnostic> sink) {
        String name = file.displayName();
        try (JsonParser parser = (file.isJson() ? jsonFactory : yamlFactory).createParser(text)) {
            Optional<Node> root = new TreeReader(parser, name, sink).readDocument();
            if (root.isEmpty()) {
                sink.add(Diagnostic.error(SourceLocation.ofFile(name),
                        "empty descriptor; expected a mapping with 'resource' or 'enumeration'"));
            }
            return root;
        } catch (JacksonException e) {
            sink.add(SyntaxErrors.of(e, name, file.isJson()));
        } catch (IOException | RuntimeException e) {
            sink.add(Diagnostic.error(SourceLocation.ofFile(name), "cannot parse the file: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
