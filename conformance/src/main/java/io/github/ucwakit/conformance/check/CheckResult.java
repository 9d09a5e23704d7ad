package io.github.ucwakit.conformance.check;

import io.github.ucwakit.conformance.ConformanceReport;
import io.github.ucwakit.conformance.Status;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.importer.ImportResult;
import java.nio.file.Path;

/**
 * What a {@link PageCheck} found: the import, the generation, and the conformance report of every sample body.
 *
 * @param reportDirectory where the JSON and Markdown reports were written
 */
public record CheckResult(ImportResult imported, GenerationResult generated, ConformanceReport report,
        Path reportDirectory) {

    /** How many bodies failed a check. */
    public int failedBodies() {
        return report.with(Status.FAILED).size();
    }

    /** Whether every body passed (or is not a resource): what a build or a script should require. */
    public boolean passed() {
        return failedBodies() == 0;
    }
}
