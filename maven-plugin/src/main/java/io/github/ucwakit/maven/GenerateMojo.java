package io.github.ucwakit.maven;

import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.WarningPolicy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java bindings from UCWA descriptors and adds them to the build: sources as a compile source root,
 * the {@code ServiceLoader} registration as a resource folder.
 *
 * <p>Each execution keeps a state file (the hashes of its descriptors, its configuration and the plugin, and the
 * list of files it produced) in {@code stateDirectory}, named after the execution id. When nothing changed it does
 * no work and touches no file; otherwise it writes only the files whose bytes change and deletes the files it no
 * longer produces. A descriptor error fails the build with every {@code file:line:col: message} and leaves the
 * output and the state as they were.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractUcwakitMojo {

    /** The registration the generated provider is listed in, relative to a resource folder. */
    static final String SERVICES_FILE = "META-INF/services/io.github.ucwakit.runtime.BindingProvider";

    /** Where generated Java sources go. */
    @Parameter(property = "ucwakit.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/ucwakit", required = true)
    File outputDirectory;

    /**
     * Where generated resources go. Executions may share it: each keeps its own entry in the
     * {@code META-INF/services} file.
     */
    @Parameter(property = "ucwakit.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/ucwakit", required = true)
    File resourceOutputDirectory;

    /** The Java package of the generated classes. */
    @Parameter(property = "ucwakit.packageName", required = true)
    String packageName;

    /**
     * The folder of the state files, one per execution ({@code generate-<execution id>.state}). Deleting a state
     * file makes the next build generate everything again.
     */
    @Parameter(property = "ucwakit.stateDirectory", defaultValue = "${project.build.directory}/ucwakit-state",
            required = true)
    File stateDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping UCWA code generation (ucwakit.skip)");
            return;
        }
        WarningPolicy policy = warningPolicy();
        GenerationResult result;
        try {
            result = new UcwaGenerator().generate(options().withWarnings(policy));
        } catch (DescriptorException e) {
            report(e.diagnostics(), policy);
            throw descriptorFailure(e.diagnostics());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write generated code: " + e.getMessage(), e);
        }
        report(result.warnings(), policy);
        log(result);
        project.addCompileSourceRoot(outputDirectory.getPath());
        otherRegistrations().forEach(other -> getLog().warn("Both " + other + " and " + resourceOutputDirectory
                + " hold " + SERVICES_FILE + ", and only one of them reaches the classes folder: let the "
                + "executions share one resourceOutputDirectory, where each keeps its own provider line"));
        addResourceFolder();
    }

    /** Resource folders of the project, other than this execution's, that hold a services file of the runtime. */
    List<Path> otherRegistrations() {
        Path own = resourceOutputDirectory.toPath().toAbsolutePath().normalize();
        return project.getResources().stream()
                .map(r -> Path.of(r.getDirectory()).toAbsolutePath().normalize())
                .filter(folder -> !folder.equals(own))
                .filter(folder -> Files.isRegularFile(folder.resolve(SERVICES_FILE)))
                .distinct()
                .toList();
    }

    GenerateOptions options() {
        return new GenerateOptions(descriptorDirectories(), outputDirectory.toPath(),
                resourceOutputDirectory.toPath(), packageName)
                .withStateFile(stateFile())
                .withConfigurationFingerprint(plugin.getId());
    }

    /** The state file of this execution; two executions of the goal never share one. */
    Path stateFile() {
        String id = execution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
        return stateDirectory.toPath().resolve("generate-" + id + ".state");
    }

    private void log(GenerationResult result) {
        String model = count(result.resources(), "resource") + ", " + count(result.enumerations(), "enumeration");
        if (result.upToDate()) {
            getLog().info(String.format(Locale.ROOT, "UCWA bindings in %s are up to date (%s, %s unchanged)",
                    outputDirectory, model, count(result.unchanged().size(), "file")));
            return;
        }
        result.written().forEach(path -> getLog().debug("Wrote " + path));
        result.deleted().forEach(path -> getLog().info("Deleted " + path + " (no longer generated)"));
        getLog().info(String.format(Locale.ROOT, "UCWA bindings for %s in %s: %s written, %d unchanged, %d deleted",
                model, outputDirectory, count(result.written().size(), "file"), result.unchanged().size(),
                result.deleted().size()));
    }

    private void addResourceFolder() {
        String folder = resourceOutputDirectory.getPath();
        if (project.getResources().stream().noneMatch(r -> folder.equals(r.getDirectory()))) {
            Resource resources = new Resource();
            resources.setDirectory(folder);
            project.addResource(resources);
        }
    }
}
