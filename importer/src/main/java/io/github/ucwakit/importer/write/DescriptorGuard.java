package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.DescriptorFile;
import io.github.ucwakit.schema.source.MappingNode;
import io.github.ucwakit.schema.source.Node;
import io.github.ucwakit.schema.source.SequenceNode;
import io.github.ucwakit.schema.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keeps the importer's invariant: it never writes a descriptor that fails validation. The staged descriptors are
 * validated together, exactly as the schema's loader validates a folder; each error leaves out the table element it
 * points at (a property, link, embedded resource, event, operation, scope, parameter, error row or enumeration
 * member), or the whole descriptor when it points at none, with a warning at the descriptor's page naming the
 * element and the validator's reason. This repeats until the set validates, so an element left out that others
 * relied on is handled in the next round.
 *
 * <p>The importer's readers repair what they can first (repeated rows merged, two pages for one rel merged); this is
 * the net under them for what no reader foresaw.
 */
public final class DescriptorGuard {

    private final DiagnosticSink sink;

    public DescriptorGuard(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** The staged descriptors, by name, repaired so that together they validate; some may be gone. */
    public Map<String, StagedDescriptor> repair(Map<String, StagedDescriptor> staged) throws IOException {
        Map<String, StagedDescriptor> current = new TreeMap<>(staged);
        Path folder = Files.createTempDirectory("ucwakit-import-check");
        try {
            while (true) {
                Map<String, Path> files = stage(current, folder);
                List<Diagnostic> errors = new DescriptorLoader().load(List.of(folder)).diagnostics().stream()
                        .filter(Diagnostic::isError).toList();
                if (errors.isEmpty()) {
                    return current;
                }
                if (!leaveOut(errors, current, files)) {
                    dropAll(errors, current);
                }
            }
        } finally {
            delete(folder);
        }
    }

    /** Leaves out what the errors point at; false when no error points into a staged descriptor. */
    private boolean leaveOut(List<Diagnostic> errors, Map<String, StagedDescriptor> current, Map<String, Path> files)
            throws IOException {
        Map<String, Map<List<Object>, Diagnostic>> targets = new TreeMap<>();
        for (Diagnostic error : errors) {
            Optional<String> name = descriptorOf(error, current);
            if (name.isEmpty()) {
                continue;
            }
            Optional<MappingNode> root = new SourceReader().read(
                    new DescriptorFile(files.get(name.get()), name.get() + ".yaml", name.get() + ".yaml"),
                    new ArrayList<>());
            List<Object> path = root.map(r -> elementAt(r, error.location().line())).orElse(List.of());
            targets.computeIfAbsent(name.get(), n -> new LinkedHashMap<>()).putIfAbsent(path, error);
        }
        for (Map.Entry<String, Map<List<Object>, Diagnostic>> entry : targets.entrySet()) {
            StagedDescriptor descriptor = current.get(entry.getKey());
            Map<List<Object>, Diagnostic> paths = entry.getValue();
            if (paths.containsKey(List.of())) {
                current.remove(entry.getKey());
                sink.warn(descriptor.origin(), descriptor.fileName() + " left out: it would not validate: "
                        + paths.get(List.of()).message());
                continue;
            }
            List<List<Object>> outermost = paths.keySet().stream()
                    .filter(p -> paths.keySet().stream().noneMatch(q -> q != p && isPrefix(q, p)))
                    .sorted(DescriptorGuard::reverseIndexOrder)
                    .toList();
            for (List<Object> path : outermost) {
                String what = remove(descriptor.tree(), path);
                sink.warn(descriptor.origin(), what + " left out of " + descriptor.fileName()
                        + ": it would not validate: " + paths.get(path).message());
            }
        }
        return !targets.isEmpty();
    }

    private void dropAll(List<Diagnostic> errors, Map<String, StagedDescriptor> current) {
        if (current.isEmpty()) {
            throw new IllegalStateException("no descriptor left, yet validation fails: " + errors.get(0));
        }
        for (StagedDescriptor descriptor : List.copyOf(current.values())) {
            current.remove(descriptor.name());
            sink.warn(descriptor.origin(), descriptor.fileName() + " left out: the import would not validate: "
                    + errors.get(0));
        }
    }

    /** The staged descriptor a diagnostic's file names. */
    private static Optional<String> descriptorOf(Diagnostic error, Map<String, StagedDescriptor> current) {
        String file = error.location().file();
        String base = file.substring(file.lastIndexOf('/') + 1);
        if (!base.endsWith(".yaml")) {
            return Optional.empty();
        }
        String name = base.substring(0, base.length() - ".yaml".length());
        return current.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The path (key, index, key, index, ...) of the innermost list item whose lines hold the line; empty when the
     * line is outside every list item (a top-level key).
     */
    static List<Object> elementAt(MappingNode mapping, int line) {
        List<Object> path = new ArrayList<>();
        Node node = mapping;
        while (node instanceof MappingNode m) {
            MappingNode.Entry holding = null;
            for (MappingNode.Entry entry : m.entries()) {
                if (entry.key().location().line() <= line) {
                    holding = entry;
                }
            }
            if (holding == null || !(holding.value() instanceof SequenceNode sequence)) {
                break;
            }
            int index = -1;
            for (int i = 0; i < sequence.items().size(); i++) {
                if (sequence.items().get(i).location().line() <= line) {
                    index = i;
                }
            }
            if (index < 0) {
                break;
            }
            path.add(holding.key().text());
            path.add(index);
            node = sequence.items().get(index);
        }
        return List.copyOf(path);
    }

    /** Removes the list item at the path; says what it was, for example {@code property 'count'}. */
    private static String remove(ObjectNode tree, List<Object> path) {
        JsonNode parent = tree;
        for (int i = 0; i < path.size() - 2; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        String key = (String) path.get(path.size() - 2);
        int index = (Integer) path.get(path.size() - 1);
        ArrayNode list = (ArrayNode) parent.get(key);
        JsonNode removed = list.remove(index);
        if (list.isEmpty()) {
            ((ObjectNode) parent).remove(key);
        }
        return describe(key, removed);
    }

    private static String describe(String listKey, JsonNode item) {
        String what = switch (listKey) {
            case "properties" -> "property";
            case "links" -> "link";
            case "embedded" -> "embedded resource";
            case "events" -> "event";
            case "operations" -> "operation";
            case "scopes" -> "scope";
            case "request" -> "request parameter";
            case "errors" -> "error row";
            case "members" -> "member";
            default -> listKey + " item";
        };
        for (String identity : List.of("name", "rel", "key", "method", "type", "error")) {
            if (item != null && item.hasNonNull(identity)) {
                return what + " '" + item.get(identity).asText() + "'";
            }
        }
        return what;
    }

    private static boolean isPrefix(List<Object> prefix, List<Object> path) {
        return prefix.size() < path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** Later items first, so that removing one does not shift the index of another still to remove. */
    private static int reverseIndexOrder(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i) instanceof Integer x ? Integer.compare((Integer) b.get(i), x)
                    : ((String) a.get(i)).compareTo((String) b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(b.size(), a.size());
    }

    private static Map<String, Path> stage(Map<String, StagedDescriptor> current, Path folder) throws IOException {
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Map<String, Path> files = new TreeMap<>();
        for (StagedDescriptor descriptor : current.values()) {
            Path file = folder.resolve(descriptor.fileName());
            Files.writeString(file, YamlRenderer.render(descriptor.tree()), StandardCharsets.UTF_8);
            files.put(descriptor.name(), file);
        }
        return files;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
