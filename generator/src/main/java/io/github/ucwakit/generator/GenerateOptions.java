package io.github.ucwakit.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one generation run needs; the Maven goals and the command line build one and hand it to
 * {@link UcwaGenerator}.
 *
 * @param descriptorDirectories folders searched (recursively, in sorted order) for {@code *.yaml}, {@code *.yml}
 *     and {@code *.json} descriptors
 * @param sourceOutputDirectory where generated Java sources go
 * @param resourceOutputDirectory where generated resources go ({@code META-INF/services} registration)
 * @param javaPackage the package of the generated classes
 */
public record GenerateOptions(
        List<Path> descriptorDirectories, Path sourceOutputDirectory, Path resourceOutputDirectory, String javaPackage) {

    public GenerateOptions {
        descriptorDirectories = List.copyOf(descriptorDirectories);
        Objects.requireNonNull(sourceOutputDirectory, "sourceOutputDirectory");
        Objects.requireNonNull(resourceOutputDirectory, "resourceOutputDirectory");
        Objects.requireNonNull(javaPackage, "javaPackage");
    }
}
