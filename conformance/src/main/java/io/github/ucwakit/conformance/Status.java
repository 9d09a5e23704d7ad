package io.github.ucwakit.conformance;

import java.util.Locale;

/** How a sample body fared. */
public enum Status {
    /** Read into its generated type, reached through typed accessors, and written back equal. */
    PASSED,
    /** One of the checks failed; the reason says which. */
    FAILED,
    /** Not checked yet: what it needs is not there (the event-channel reader); never counted as a pass. */
    PENDING,
    /** Not a UCWA resource: classified, not checked. */
    CLASSIFIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
