package io.github.ucwakit.runtime.errors;

import java.util.List;
import java.util.Optional;

/**
 * The synchronous errors specific to one operation, in the order the reference lists them; generated per
 * operation. The errors every resource may return are in {@link GenericErrors}. Immutable.
 */
public final class ErrorCatalog {

    private static final ErrorCatalog EMPTY = new ErrorCatalog(List.of());

    private final List<ErrorEntry> entries;

    private ErrorCatalog(List<ErrorEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ErrorCatalog of(ErrorEntry... entries) {
        return entries.length == 0 ? EMPTY : new ErrorCatalog(List.of(entries));
    }

    public static ErrorCatalog of(List<ErrorEntry> entries) {
        return entries.isEmpty() ? EMPTY : new ErrorCatalog(entries);
    }

    public List<ErrorEntry> entries() {
        return entries;
    }

    /** The row of a failed response: same HTTP status, code and subcode; empty for an error the table lacks. */
    public Optional<ErrorEntry> match(int status, UcwaError error) {
        return entries.stream().filter(entry -> entry.matches(status, error)).findFirst();
    }

    /** The row of an error body whatever the HTTP status (for example a reason in the event channel). */
    public Optional<ErrorEntry> match(UcwaError error) {
        return entries.stream().filter(entry -> entry.matches(error)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorCatalog other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "ErrorCatalog" + entries;
    }
}
