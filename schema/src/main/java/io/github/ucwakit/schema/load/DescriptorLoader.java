package io.github.ucwakit.schema.load;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.WarningPolicy;
import io.github.ucwakit.schema.parse.DescriptorBinder;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.ParsedDescriptor;
import io.github.ucwakit.schema.resolve.ModelResolver;
import io.github.ucwakit.schema.source.DeclaredNames;
import io.github.ucwakit.schema.source.DescriptorFile;
import io.github.ucwakit.schema.source.DescriptorFinder;
import io.github.ucwakit.schema.source.MappingNode;
import io.github.ucwakit.schema.source.SourceReader;
import io.github.ucwakit.schema.validate.Validators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads every descriptor under the given folders (recursively, {@code *.yaml}, {@code *.yml}, {@code *.json}, in
 * sorted order), validates them together, and resolves them into one model.
 *
 * <p>Never throws for a problem in the descriptors or the folders: each one, wherever it is, becomes a
 * {@link Diagnostic} of the result, and every rule runs so that all problems are reported at once. Messages name
 * a file as the folder was given joined with the file's path in it, with {@code /} separators.
 */
public final class DescriptorLoader {

    private final DescriptorFinder finder = new DescriptorFinder();
    private final SourceReader reader = new SourceReader();
    private final DescriptorBinder binder = new DescriptorBinder();
    private final ModelResolver resolver = new ModelResolver();

    public LoadResult load(List<Path> descriptorDirectories) {
        return load(descriptorDirectories, WarningPolicy.defaults());
    }

    /** Loads as {@link #load(List)} does, with each kind of warning ignored, kept or made an error by the policy. */
    public LoadResult load(List<Path> descriptorDirectories, WarningPolicy warnings) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<ParsedDescriptor> parsed = new ArrayList<>();
        // Reading and parsing is most of loading and each file is independent: done on every core, each file
        // with its own diagnostics, which are then taken in file order as a sequential read would report them.
        List<FileRead> reads = finder.find(descriptorDirectories, diagnostics).parallelStream()
                .map(this::read)
                .toList();
        Set<String> unreadableNames = new TreeSet<>();
        for (FileRead read : reads) {
            diagnostics.addAll(read.diagnostics());
            read.root().ifPresentOrElse(
                    root -> parsed.add(new ParsedDescriptor(read.file().relativePath(), root)),
                    () -> unreadableNames.addAll(DeclaredNames.guess(read.file())));
        }
        DescriptorSet descriptors = binder.bind(parsed, diagnostics).withUnreadableNames(unreadableNames);
        diagnostics.addAll(Validators.validate(descriptors));
        List<Diagnostic> applied = warnings.apply(diagnostics);
        if (applied.stream().anyMatch(Diagnostic::isError)) {
            return new LoadResult(Optional.empty(), applied);
        }
        return new LoadResult(Optional.of(resolver.resolve(descriptors)), applied);
    }

    private FileRead read(DescriptorFile file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<MappingNode> root = reader.read(file, diagnostics);
        return new FileRead(file, root, diagnostics);
    }

    /** One file's tree, if it has one, and what reading it reported. */
    private record FileRead(DescriptorFile file, Optional<MappingNode> root, List<Diagnostic> diagnostics) {}
}
