package io.github.ucwakit.runtime.errors;

import java.util.Objects;

/**
 * An error any resource may return. The reference names it without an HTTP status: the name is an error code
 * ({@code BadRequest}, {@code ServiceFailure}) or a subcode ({@code ApplicationNotFound},
 * {@code ParameterValidationFailure}), so a body matches it by either.
 *
 * @param name the code or subcode
 * @param description what the error means
 */
public record GenericError(String name, String description) {

    public GenericError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /** Whether the error body's code or subcode is this error's name. */
    public boolean matches(UcwaError error) {
        return name.equals(error.code()) || error.subcode().filter(name::equals).isPresent();
    }
}
