package io.github.ucwakit.simulator.http;

import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.time.Duration;
import java.util.Map;

/**
 * The failures the simulator answers with, each the error body the reference gives for it: a row of an operation's
 * error table ({@link #of(ErrorEntry)}), or a generic synchronous error (code the HTTP error's name as the reference's
 * table of HTTP error codes writes it, subcode the generic error, as "Generic synchronous errors" lists them).
 */
public final class Failures {

    private Failures() {}

    /** The failure a row of an error table describes: its status, code, subcode and description as message. */
    public static UcwaFailure of(ErrorEntry entry) {
        UcwaError error = UcwaError.builder(entry.error())
                .subcode(ErrorEntry.NO_SUBCODE.equals(entry.subcode()) ? null : entry.subcode())
                .message(entry.description())
                .build();
        return new UcwaFailure(entry.status(), error);
    }

    /** The first row of this status in an error table, else a generic error of that status and code. */
    public static UcwaFailure firstOf(ErrorCatalog catalog, int status, String code, String message) {
        return catalog.entries().stream()
                .filter(entry -> entry.status() == status)
                .findFirst()
                .map(Failures::of)
                .orElseGet(() -> generic(status, code, null, message));
    }

    /**
     * The row of this status, code and subcode in an error table, else (for pages that lack it) an error of that
     * status, code and subcode all the same.
     */
    public static UcwaFailure row(ErrorCatalog catalog, int status, String code, String subcode, String message) {
        return catalog.entries().stream()
                .filter(entry -> entry.status() == status && entry.error().equals(code)
                        && entry.subcode().equals(subcode))
                .findFirst()
                .map(Failures::of)
                .orElseGet(() -> generic(status, code, subcode, message));
    }

    public static UcwaFailure notFound(String path) {
        return generic(404, "NotFound", "ResourceNotFound", "The resource does not exist: " + path);
    }

    public static UcwaFailure applicationNotFound(String id) {
        return generic(404, "NotFound", "ApplicationNotFound", "The application resource does not exist: " + id);
    }

    public static UcwaFailure methodNotAllowed(String method, String allowed) {
        return new UcwaFailure(405, error("MethodNotAllowed", null,
                "The requested HTTP method is not supported for this resource: " + method), Map.of("Allow", allowed));
    }

    public static UcwaFailure gone(String message) {
        return generic(410, "Gone", null, message);
    }

    public static UcwaFailure preconditionFailed() {
        return generic(412, "PreconditionFailed", null, "An If-Match precondition was not met.");
    }

    public static UcwaFailure preconditionRequired() {
        return generic(428, "PreconditionRequired", null, "The operation requires an If-Match precondition.");
    }

    public static UcwaFailure unsupportedMediaType(String contentType) {
        return generic(415, "UnsupportedMediaType", null, "The content-type is not supported: " + contentType);
    }

    /** A body that could not be read. */
    public static UcwaFailure deserializationFailure(String message) {
        return generic(400, "BadRequest", "DeserializationFailure", message);
    }

    /** A parameter that is missing or not valid, named in the error's parameters. */
    public static UcwaFailure parameterValidationFailure(String parameter, String message) {
        UcwaError error = UcwaError.builder("BadRequest")
                .subcode("ParameterValidationFailure")
                .message(message)
                .parameters(Map.of(parameter, new PropertyValue.Text(message)))
                .build();
        return new UcwaFailure(400, error);
    }

    public static UcwaFailure serviceUnavailable(Duration retryAfter) {
        return new UcwaFailure(503, error("ServiceUnavailable", null, "The service is unavailable; retry later."),
                Map.of("Retry-After", Long.toString(Math.max(0, retryAfter.toSeconds()))));
    }

    public static UcwaFailure serviceFailure(String message) {
        return generic(500, "ServiceFailure", null, message);
    }

    /** A generic error: status, code, subcode (or {@code null}) and message. */
    public static UcwaFailure generic(int status, String code, String subcode, String message) {
        return new UcwaFailure(status, error(code, subcode, message));
    }

    private static UcwaError error(String code, String subcode, String message) {
        return UcwaError.builder(code).subcode(subcode).message(message).build();
    }
}
