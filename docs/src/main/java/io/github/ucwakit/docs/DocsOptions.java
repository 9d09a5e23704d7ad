package io.github.ucwakit.docs;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one documentation run needs; the Maven goal and the command line build one and hand it to
 * {@link DocsGenerator}.
 *
 * @param outputDirectory the folder the formats' sub-folders ({@code markdown/}, {@code html/}) are written to;
 *     those sub-folders belong to the generator, which deletes the pages it no longer writes there
 * @param title the reference's title, heading the index and every HTML page
 * @param formats the formats to write, at least one
 * @param javaPackage the package of the generated classes the pages name beside each member; empty for class
 *     names without a package
 */
public record DocsOptions(Path outputDirectory, String title, Set<DocsFormat> formats, String javaPackage) {

    /** The title used by {@link #of(Path)}. */
    public static final String DEFAULT_TITLE = "UCWA reference";

    public DocsOptions {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the title is blank");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        Objects.requireNonNull(javaPackage, "javaPackage");
    }

    /** Options whose pages name the generated classes without a package. */
    public DocsOptions(Path outputDirectory, String title, Set<DocsFormat> formats) {
        this(outputDirectory, title, formats, "");
    }

    /** These options naming the generated classes in the given package. */
    public DocsOptions withJavaPackage(String packageName) {
        return new DocsOptions(outputDirectory, title, formats, packageName == null ? "" : packageName);
    }

    /** Both formats under the default title. */
    public static DocsOptions of(Path outputDirectory) {
        return new DocsOptions(outputDirectory, DEFAULT_TITLE, EnumSet.allOf(DocsFormat.class));
    }
}
