package io.github.ucwakit.maven;

import io.github.ucwakit.importer.ImportOptions;
import io.github.ucwakit.importer.ImportResult;
import io.github.ucwakit.importer.PageImporter;
import io.github.ucwakit.importer.ReviewMark;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports a folder of UCWA reference pages ({@code *_ref.md}) into descriptors, one per resource and enumeration
 * page, written to the descriptor folder when their bytes change, with the hand-written overrides applied. Every
 * warning is logged; an error fails the build. The {@code review:} notes the importer leaves where it had to
 * guess are logged too.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractUcwakitMojo {

    /** The folder of reference pages. */
    @Parameter(property = "ucwakit.pagesDirectory", required = true)
    File pagesDirectory;

    /**
     * Hand-written partial descriptors applied over the imported ones, one {@code <name>.yaml} per page; a folder
     * that does not exist holds none.
     */
    @Parameter(property = "ucwakit.overridesDirectory", defaultValue = "${project.basedir}/src/main/ucwa-overrides")
    File overridesDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping UCWA reference import (ucwakit.skip)");
            return;
        }
        ImportOptions options = new ImportOptions(pagesDirectory.toPath(), descriptorDirectory.toPath(),
                overridesDirectory == null ? null : overridesDirectory.toPath());
        ImportResult result;
        try {
            result = new PageImporter().importFolder(options);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot import the reference pages of " + pagesDirectory + ": "
                    + e.getMessage(), e);
        }
        report(result.diagnostics());
        for (ReviewMark mark : result.reviewMarks()) {
            getLog().info("review: " + mark);
        }
        getLog().info(String.format(Locale.ROOT,
                "UCWA reference import of %s into %s: %d descriptors written, %d unchanged, %d warnings, "
                        + "%d errors, %d review notes",
                pagesDirectory, descriptorDirectory, result.written().size(), result.unchanged().size(),
                result.warnings().size(), result.errors().size(), result.reviewMarks().size()));
        if (result.hasErrors()) {
            throw descriptorFailure(result.diagnostics());
        }
    }
}
