package io.github.ucwakit.generator;

import io.github.ucwakit.generator.emit.CodeEmitter;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.NamingPlanner;
import io.github.ucwakit.generator.write.ContentHash;
import io.github.ucwakit.generator.write.FileRenderer;
import io.github.ucwakit.generator.write.GenerationState;
import io.github.ucwakit.generator.write.InputSnapshot;
import io.github.ucwakit.generator.write.OutputSync;
import io.github.ucwakit.generator.write.RenderedFile;
import io.github.ucwakit.generator.write.StateFile;
import io.github.ucwakit.generator.write.SyncReport;
import io.github.ucwakit.generator.write.ToolkitFingerprint;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.WarningPolicy;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one entry point to the toolkit: load and validate descriptors, plan names, emit Java, write files.
 * Thin shells (Maven goals, command line) build {@link GenerateOptions} and call it.
 *
 * <p>With a state file, a run first compares the hashes of the descriptors, the configuration and the toolkit's
 * code, and the files it produced last time, with what it recorded; when all match it does no work and touches no
 * file. Otherwise it generates everything in memory, writes only files whose bytes change, deletes the files the
 * previous run produced and this one does not, and records its new state. A descriptor error leaves the output
 * and the state as they were.
 */
public final class UcwaGenerator {

    /** Loads and validates the descriptors of the given folders; writes nothing. */
    public LoadResult validate(List<Path> descriptorDirectories) {
        return validate(descriptorDirectories, WarningPolicy.defaults());
    }

    /** Loads and validates the descriptors, each kind of warning ignored, kept or made an error by the policy. */
    public LoadResult validate(List<Path> descriptorDirectories, WarningPolicy warnings) {
        return new DescriptorLoader().load(descriptorDirectories, warnings);
    }

    /**
     * Generates code for every descriptor, or nothing when the state file shows that nothing changed. On a
     * descriptor error throws with every diagnostic and leaves the output folders and the state file as they
     * were.
     */
    public GenerationResult generate(GenerateOptions options) throws DescriptorException, IOException {
        Optional<StateFile> stateFile = options.state().map(StateFile::new);
        // Inputs are hashed before they are loaded: a descriptor edited in between makes the next run generate.
        InputSnapshot inputs = stateFile.isPresent()
                ? InputSnapshot.of(options.descriptorDirectories())
                : new InputSnapshot(new TreeMap<>());
        String configuration = stateFile.isPresent() ? configurationFingerprint(options) : "";
        Optional<GenerationState> previous = stateFile.isPresent() ? stateFile.get().read() : Optional.empty();
        OutputSync sync = new OutputSync();
        if (previous.isPresent() && isCurrent(previous.get(), configuration, inputs, sync)) {
            return upToDate(previous.get());
        }

        LoadResult loaded = validate(options.descriptorDirectories(), options.warnings());
        ApiModel model = loaded.orThrow();
        NamingPlan plan = new NamingPlanner().plan(model, options.javaPackage());
        List<Diagnostic> planWarnings = options.warnings().apply(plan.warnings());
        if (planWarnings.stream().anyMatch(Diagnostic::isError)) {
            List<Diagnostic> all = new ArrayList<>(loaded.warnings());
            all.addAll(planWarnings);
            all.sort(Diagnostic.ORDER);
            throw new DescriptorException(all);
        }
        List<RenderedFile> files = new FileRenderer().render(new CodeEmitter().emit(plan),
                options.sourceOutputDirectory(), options.resourceOutputDirectory());
        SyncReport report = sync.apply(files, previous);
        List<Diagnostic> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(planWarnings);
        warnings.sort(Diagnostic.ORDER);
        int resources = model.resources().size();
        int enumerations = model.enumerations().size();
        if (stateFile.isPresent()) {
            stateFile.get().write(new GenerationState(configuration, resources, enumerations, inputs,
                    report.files(), report.services(), warnings));
        }
        return new GenerationResult(resources, enumerations, report.written(), report.unchanged(), report.deleted(),
                warnings);
    }

    private static boolean isCurrent(GenerationState previous, String configuration, InputSnapshot inputs,
            OutputSync sync) throws IOException {
        return previous.configuration().equals(configuration)
                && previous.inputs().equals(inputs)
                && sync.isIntact(previous);
    }

    private static GenerationResult upToDate(GenerationState state) {
        Set<Path> unchanged = new LinkedHashSet<>();
        state.files().forEach(f -> unchanged.add(f.path()));
        state.services().forEach(s -> unchanged.add(s.path()));
        return new GenerationResult(state.resources(), state.enumerations(), List.of(), List.copyOf(unchanged),
                List.of(), state.warnings(), true);
    }

    /** Everything besides the descriptors that shapes the output: the options, the caller's part, the toolkit. */
    private static String configurationFingerprint(GenerateOptions options) {
        ContentHash hash = new ContentHash()
                .add("ucwakit generate")
                .add(absolute(options.sourceOutputDirectory()))
                .add(absolute(options.resourceOutputDirectory()))
                .add(options.javaPackage())
                .add(options.warnings().toString())
                .add(Integer.toString(options.descriptorDirectories().size()));
        options.descriptorDirectories().forEach(folder -> hash.add(absolute(folder)));
        return hash.add(options.configurationFingerprint()).add(ToolkitFingerprint.current()).hex();
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
