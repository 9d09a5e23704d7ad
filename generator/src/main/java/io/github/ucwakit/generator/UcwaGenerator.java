package io.github.ucwakit.generator;

import io.github.ucwakit.generator.emit.CodeEmitter;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.NamingPlanner;
import io.github.ucwakit.generator.write.FileRenderer;
import io.github.ucwakit.generator.write.OutputWriter;
import io.github.ucwakit.generator.write.RenderedFile;
import io.github.ucwakit.generator.write.WriteReport;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.DescriptorLoader;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.LoadResult;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point to the toolkit: load and validate descriptors, plan names, emit Java, write files.
 * Thin shells (Maven goals, command line) build {@link GenerateOptions} and call it.
 */
public final class UcwaGenerator {

    /** Loads and validates the descriptors of the given folders; writes nothing. */
    public LoadResult validate(List<Path> descriptorDirectories) {
        return new DescriptorLoader().load(descriptorDirectories);
    }

    /**
     * Generates code for every descriptor. On a descriptor error throws with every diagnostic and leaves the output
     * folders as they were.
     */
    public GenerationResult generate(GenerateOptions options) throws DescriptorException, IOException {
        LoadResult loaded = validate(options.descriptorDirectories());
        ApiModel model = loaded.orThrow();
        NamingPlan plan = new NamingPlanner().plan(model, options.javaPackage());
        List<RenderedFile> files = new FileRenderer().render(new CodeEmitter().emit(plan),
                options.sourceOutputDirectory(), options.resourceOutputDirectory());
        WriteReport report = new OutputWriter().write(files);
        List<Diagnostic> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(plan.warnings());
        warnings.sort(Diagnostic.ORDER);
        return new GenerationResult(model.resources().size(), model.enumerations().size(), report.written(),
                report.unchanged(), List.of(), warnings);
    }
}
