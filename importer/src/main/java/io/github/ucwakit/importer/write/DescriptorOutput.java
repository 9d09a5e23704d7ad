package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.parse.Suggestions;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Owns the output folder of an import: applies each descriptor's override, puts its keys in order, renders it,
 * keeps the set valid ({@link DescriptorGuard}), writes each when its bytes changed, and records its review marks.
 */
public final class DescriptorOutput {

    private final Path directory;
    private final OverrideFolder overrides;
    private final DiagnosticSink sink;
    private final Set<String> used = new TreeSet<>();
    private final Map<String, StagedDescriptor> staged = new TreeMap<>();
    private final List<Path> written = new ArrayList<>();
    private final List<Path> unchanged = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();

    /** A review key of a descriptor. */
    public record Review(String descriptor, String node, String reason) {}

    public DescriptorOutput(Path directory, OverrideFolder overrides, DiagnosticSink sink) {
        this.directory = directory;
        this.overrides = overrides;
        this.sink = sink;
    }

    /**
     * Takes one descriptor of the import: applies its override and puts its keys in order. Nothing is written before
     * {@link #finish()}.
     *
     * @param origin where warnings about the descriptor point: its page, or the descriptor for one without a page
     */
    public void stage(String name, ObjectNode imported, DescriptorShape shape, SourceLocation origin) {
        String fileName = name + ".yaml";
        ObjectNode tree = imported;
        if (overrides.forName(name).isPresent()) {
            used.add(name);
            OverrideMerger merger = new OverrideMerger(problem ->
                    sink.warn(WarningKind.OVERRIDE, SourceLocation.ofFile(fileName), "override: " + problem));
            tree = merger.apply(imported, overrides.forName(name).get(), shape);
        }
        staged.put(name, new StagedDescriptor(name, KeyOrder.normalize(tree, shape), shape, origin));
    }

    /**
     * Writes the staged descriptors, each only when its bytes change, after {@link DescriptorGuard} has made them
     * validate together; records their review marks.
     */
    public void finish() throws IOException {
        for (StagedDescriptor descriptor : new DescriptorGuard(sink).repair(staged).values()) {
            Path file = directory.resolve(descriptor.fileName());
            (ChangedFileWriter.write(file, YamlRenderer.render(descriptor.tree())) ? written : unchanged).add(file);
            ReviewScanner.scan(descriptor.tree(), descriptor.shape())
                    .forEach(f -> reviews.add(new Review(descriptor.fileName(), f.node(), f.reason())));
        }
        staged.clear();
    }

    /** Warns about overrides that named no page of the folder, with the closest name of a page written. */
    public void reportUnusedOverrides() {
        Set<String> pages = new TreeSet<>();
        for (Path file : written) {
            pages.add(stem(file));
        }
        for (Path file : unchanged) {
            pages.add(stem(file));
        }
        for (String name : overrides.names()) {
            if (!used.contains(name)) {
                sink.warn(WarningKind.OVERRIDE, SourceLocation.ofFile(name + ".yaml"),
                        "override matches no page of the folder (" + name + "_ref.md); it is not applied"
                                + Suggestions.hint(name, pages));
            }
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    public List<Path> written() {
        return written.stream().sorted().toList();
    }

    public List<Path> unchanged() {
        return unchanged.stream().sorted().toList();
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
