package io.github.ucwakit.runtime.errors;

import java.util.Objects;

/**
 * One row of an operation's synchronous error table, as the reference states it.
 *
 * @param error the error code, for example {@code Conflict}
 * @param status the HTTP status, for example 409
 * @param subcode the subcode, for example {@code AlreadyExists}; {@code None} for a row without one
 * @param description what the error means
 */
public record ErrorEntry(String error, int status, String subcode, String description) {

    /** The subcode the reference writes for a row whose error has no subcode. */
    public static final String NO_SUBCODE = "None";

    public ErrorEntry {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(subcode, "subcode");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Whether an error body is this row, whatever its HTTP status: same code, and same subcode, where a row of
     * subcode {@code None} stands for an error without a subcode.
     */
    public boolean matches(UcwaError error) {
        if (!this.error.equals(error.code())) {
            return false;
        }
        String actual = error.subcode().orElse(NO_SUBCODE);
        return subcode.equals(actual);
    }

    /** Whether a response of this HTTP status with this error body is this row. */
    public boolean matches(int status, UcwaError error) {
        return this.status == status && matches(error);
    }
}
