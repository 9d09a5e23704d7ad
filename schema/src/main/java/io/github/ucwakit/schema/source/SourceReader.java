package io.github.ucwakit.schema.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Reads one descriptor file into a located tree whose root is a mapping. Checks, in order: the file is at most
 * {@link #MAX_BYTES} long (asked of the file system before reading, and never reading more), the bytes are UTF-8,
 * YAML indentation has no tabs, the syntax is valid, mappings and lists nest at most
 * {@link TreeReader#MAX_DEPTH} deep, the file is not empty, its top level is a mapping. Each failure is a
 * diagnostic; the file then yields nothing.
 */
public final class SourceReader {

    /** The largest descriptor read, in bytes: 1 MiB, far more than any resource needs. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final YAMLFactory yamlFactory = new YAMLFactory();
    private final JsonFactory jsonFactory = new JsonFactory();

    /** The file's top-level mapping, or empty after reporting why there is none. */
    public Optional<MappingNode> read(DescriptorFile file, List<Diagnostic> sink) {
        return readBytes(file, sink)
                .flatMap(bytes -> Utf8Text.decode(bytes, file.displayName(), sink))
                .flatMap(text -> readText(text, file, sink));
    }

    /** The file's bytes, unless it is longer than {@link #MAX_BYTES}: then never more than that is read. */
    private static Optional<byte[]> readBytes(DescriptorFile file, List<Diagnostic> sink) {
        SourceLocation where = SourceLocation.ofFile(file.displayName());
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                sink.add(Diagnostic.error(where, "descriptor is " + size + " bytes; the limit is " + MAX_BYTES));
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    sink.add(Diagnostic.error(where,
                            "descriptor is more than " + MAX_BYTES + " bytes; the limit is " + MAX_BYTES));
                    return Optional.empty();
                }
                return Optional.of(bytes);
            }
        } catch (IOException | RuntimeException e) {
            sink.add(Diagnostic.error(where, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
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
        } catch (TreeReader.TooDeepException e) {
            sink.add(Diagnostic.error(e.location(), "mappings and lists nested more than " + TreeReader.MAX_DEPTH
                    + " levels deep; a descriptor needs at most " + TreeReader.DESCRIPTOR_DEPTH));
        } catch (JacksonException e) {
            sink.add(SyntaxErrors.of(e, text, name, file.isJson()));
        } catch (IOException | RuntimeException e) {
            sink.add(Diagnostic.error(SourceLocation.ofFile(name), "cannot parse the file: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
