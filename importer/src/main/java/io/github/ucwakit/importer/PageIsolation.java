package io.github.ucwakit.importer;

import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Keeps one page that cannot be read or drafted from stopping the import of the others: the failure becomes a
 * warning at the page and the page is left out. Resources that link to it keep their links, which then point at a
 * resource no descriptor describes (typed as a plain {@code Link}, as validation allows).
 */
final class PageIsolation {

    private final DiagnosticSink sink;
    private final Set<String> leftOut = new TreeSet<>();

    PageIsolation(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** The step's result, or empty after a warning at the file when it fails. */
    <T> Optional<T> attempt(String fileName, Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (UncheckedIOException e) {
            return leaveOut(fileName, "cannot be read: " + e.getCause().getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return leaveOut(fileName, "cannot be imported: " + e);
        }
    }

    /** The files left out so far, sorted. */
    Set<String> leftOut() {
        return Set.copyOf(leftOut);
    }

    private <T> Optional<T> leaveOut(String fileName, String why) {
        leftOut.add(fileName);
        sink.warn(SourceLocation.ofFile(fileName), "page " + why + "; it is left out and links to it are kept");
        return Optional.empty();
    }
}
