package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * One row of an operation's synchronous error table.
 *
 * @param error the error code, for example {@code Conflict}
 * @param code the HTTP status, for example 409
 * @param subcode the UCWA subcode, for example {@code AlreadyExists}, or {@code None}
 */
public record ErrorRow(SourceLocation location, String error, int code, String subcode, String description) {}
