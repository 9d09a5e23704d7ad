package io.github.ucwakit.maven;

import io.github.ucwakit.docs.DocsFormat;
import io.github.ucwakit.docs.DocsGenerator;
import io.github.ucwakit.docs.DocsOptions;
import io.github.ucwakit.docs.DocsResult;
import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.schema.WarningPolicy;
import io.github.ucwakit.schema.load.LoadResult;
import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the reference of the descriptors: a Markdown page and an HTML page per resource and per enumeration, with
 * an index. A descriptor error fails the build with every {@code file:line:col: message} and writes nothing; a
 * page is written only when its bytes change.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class DocsMojo extends AbstractUcwakitMojo {

    /** The folder the {@code markdown/} and {@code html/} sub-folders are written to. */
    @Parameter(property = "ucwakit.docsDirectory", defaultValue = "${project.build.directory}/ucwakit-docs",
            required = true)
    File docsDirectory;

    /** The title of the reference, heading the index and every HTML page. */
    @Parameter(property = "ucwakit.docsTitle", defaultValue = DocsOptions.DEFAULT_TITLE, required = true)
    String docsTitle;

    /** The formats to write: {@code markdown}, {@code html} or both, separated by commas. */
    @Parameter(property = "ucwakit.docsFormats", defaultValue = "markdown,html", required = true)
    String docsFormats;

    /**
     * The package of the generated classes, which the pages name beside each member; without it they give the
     * class names alone. The same property as {@code generate}'s.
     */
    @Parameter(property = "ucwakit.packageName")
    String packageName;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the UCWA reference (ucwakit.skip)");
            return;
        }
        DocsOptions options;
        try {
            options = new DocsOptions(docsDirectory.toPath(), docsTitle, formats(docsFormats))
                    .withJavaPackage(packageName);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid docs configuration: " + e.getMessage(), e);
        }
        WarningPolicy policy = warningPolicy();
        LoadResult loaded = new UcwaGenerator().validate(descriptorDirectories(), policy);
        report(loaded.diagnostics(), policy);
        if (loaded.hasErrors()) {
            throw descriptorFailure(loaded.diagnostics());
        }
        DocsResult result;
        try {
            result = new DocsGenerator().generate(loaded.model().orElseThrow(), options);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the UCWA reference: " + e.getMessage(), e);
        }
        getLog().info(String.format(Locale.ROOT, "UCWA reference of %s in %s: %s written, %d unchanged, %d deleted",
                count(result.pages(), "page"), docsDirectory, count(result.written().size(), "file"),
                result.unchanged().size(), result.deleted().size()));
    }

    /** The formats named in a comma-separated list, case-insensitively. */
    static Set<DocsFormat> formats(String list) {
        Set<DocsFormat> formats = EnumSet.noneOf(DocsFormat.class);
        for (String name : List.of(list.split(","))) {
            String wanted = name.strip();
            formats.add(EnumSet.allOf(DocsFormat.class).stream()
                    .filter(f -> f.folder().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown format '" + wanted + "' (known: markdown, html)")));
        }
        return formats;
    }
}
