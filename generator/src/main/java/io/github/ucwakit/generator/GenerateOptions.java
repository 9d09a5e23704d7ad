package io.github.ucwakit.generator;

import io.github.ucwakit.schema.WarningPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one generation run needs; the Maven goals and the command line build one and hand it to
 * {@link UcwaGenerator}.
 *
 * @param descriptorDirectories folders searched (recursively, in sorted order) for {@code *.yaml}, {@code *.yml}
 *     and {@code *.json} descriptors
 * @param sourceOutputDirectory where generated Java sources go
 * @param resourceOutputDirectory where generated resources go ({@code META-INF/services} registration)
 * @param javaPackage the package of the generated classes
 * @param stateFile where the run keeps the hashes of its inputs and the list of files it produced, so that the
 *     next run can skip the work when nothing changed and delete what is no longer produced; {@code null} for a
 *     run that keeps no state (it always generates and never deletes)
 * @param configurationFingerprint what else, besides these options and the toolkit's own code, shapes the output
 *     in the caller (its name and version, say); a change makes the next run generate again
 * @param warnings which kinds of warning are ignored, listed or made errors
 */
public record GenerateOptions(
        List<Path> descriptorDirectories,
        Path sourceOutputDirectory,
        Path resourceOutputDirectory,
        String javaPackage,
        Path stateFile,
        String configurationFingerprint,
        WarningPolicy warnings) {

    public GenerateOptions {
        descriptorDirectories = List.copyOf(descriptorDirectories);
        Objects.requireNonNull(sourceOutputDirectory, "sourceOutputDirectory");
        Objects.requireNonNull(resourceOutputDirectory, "resourceOutputDirectory");
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(configurationFingerprint, "configurationFingerprint");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** Options with every kind of warning kept as a warning. */
    public GenerateOptions(
            List<Path> descriptorDirectories, Path sourceOutputDirectory, Path resourceOutputDirectory,
            String javaPackage, Path stateFile, String configurationFingerprint) {
        this(descriptorDirectories, sourceOutputDirectory, resourceOutputDirectory, javaPackage, stateFile,
                configurationFingerprint, WarningPolicy.defaults());
    }

    /** Options for a run that keeps no state. */
    public GenerateOptions(
            List<Path> descriptorDirectories, Path sourceOutputDirectory, Path resourceOutputDirectory,
            String javaPackage) {
        this(descriptorDirectories, sourceOutputDirectory, resourceOutputDirectory, javaPackage, null, "",
                WarningPolicy.defaults());
    }

    /** These options keeping their state in {@code stateFile}. */
    public GenerateOptions withStateFile(Path stateFile) {
        return new GenerateOptions(descriptorDirectories, sourceOutputDirectory, resourceOutputDirectory,
                javaPackage, stateFile, configurationFingerprint, warnings);
    }

    /** These options with the caller's configuration fingerprint. */
    public GenerateOptions withConfigurationFingerprint(String fingerprint) {
        return new GenerateOptions(descriptorDirectories, sourceOutputDirectory, resourceOutputDirectory,
                javaPackage, stateFile, fingerprint, warnings);
    }

    /** These options with the given warning policy. */
    public GenerateOptions withWarnings(WarningPolicy policy) {
        return new GenerateOptions(descriptorDirectories, sourceOutputDirectory, resourceOutputDirectory,
                javaPackage, stateFile, configurationFingerprint, policy);
    }

    /** The state file, if the run keeps one. */
    public Optional<Path> state() {
        return Optional.ofNullable(stateFile);
    }
}
