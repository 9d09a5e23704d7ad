package io.github.ucwakit.runtime.json;

/**
 * Thrown by the shared-names parser that {@link NameSafeJsonFactory#readSharingNames} reads with first, when the
 * document brings more new member names than its table may take; {@code readSharingNames} then reads the document
 * again with a parser that keeps no table. It never leaves the runtime's readers, and carries no stack trace.
 */
public final class NameTableFull extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NameTableFull(int buckets) {
        super("the member names of one document outgrew a table of " + buckets + " buckets", null, false, false);
    }
}
