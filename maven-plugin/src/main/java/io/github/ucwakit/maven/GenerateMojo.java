package io.github.ucwakit.maven;

import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.DescriptorException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java bindings from UCWA descriptors and adds them to the build: sources as a compile source root,
 * the {@code ServiceLoader} registration as a resource folder. A descriptor error fails the build with every
 * {@code file:line:col: message} and writes nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractUcwakitMojo {

    /** Where generated Java sources go. */
    @Parameter(property = "ucwakit.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/ucwakit", required = true)
    File outputDirectory;

    /** Where generated resources go. */
    @Parameter(property = "ucwakit.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/ucwakit", required = true)
    File resourceOutputDirectory;

    /** The Java package of the generated classes. */
    @Parameter(property = "ucwakit.packageName", required = true)
    String packageName;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping UCWA code generation (ucwakit.skip)");
            return;
        }
        GenerateOptions options = new GenerateOptions(
                descriptorDirectories(), outputDirectory.toPath(), resourceOutputDirectory.toPath(), packageName);
        GenerationResult result;
        try {
            result = new UcwaGenerator().generate(options);
        } catch (DescriptorException e) {
            report(e.diagnostics());
            throw descriptorFailure(e.diagnostics());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write generated code: " + e.getMessage(), e);
        }
        report(result.warnings());
        getLog().info(String.format(java.util.Locale.ROOT,
                "UCWA bindings for %d resources and %d enumerations in %s: %d files written, %d unchanged",
                result.resources(), result.enumerations(), outputDirectory,
                result.written().size(), result.unchanged().size()));
        project.addCompileSourceRoot(outputDirectory.getPath());
        Resource resources = new Resource();
        resources.setDirectory(resourceOutputDirectory.getPath());
        project.addResource(resources);
    }
}
