package io.github.ucwakit.maven;

import io.github.ucwakit.importer.ImportOptions;
import io.github.ucwakit.importer.ImportResult;
import io.github.ucwakit.importer.PageImporter;
import io.github.ucwakit.importer.ReviewMark;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.WarningPolicy;
import java.io.File;
import java.io.IOException;
import java.util.List;
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
        WarningPolicy policy = warningPolicy();
        ImportResult result;
        try {
            result = new PageImporter().importFolder(options);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot import the reference pages of " + pagesDirectory + ": "
                    + e.getMessage(), e);
        }
        List<Diagnostic> diagnostics = policy.apply(result.diagnostics());
        report(diagnostics, policy);
        for (ReviewMark mark : result.reviewMarks()) {
            getLog().info("review: " + mark);
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        getLog().info(String.format(Locale.ROOT,
                "UCWA reference import of %s into %s: %s written, %d unchanged, %s, %s, %s",
                pagesDirectory, descriptorDirectory, count(result.written().size(), "descriptor"),
                result.unchanged().size(), count(diagnostics.size() - (int) errors, "warning"),
                count((int) errors, "error"), count(result.reviewMarks().size(), "review note")));
        if (errors > 0) {
            throw descriptorFailure(diagnostics);
        }
    }
}
