package io.github.ucwakit.client.errors;

import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.GenericError;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A response that is not a success: its HTTP status, the UCWA error body it carried ({@link #error()}, read in JSON
 * or XML; codes and subcodes the reference does not list are kept as they came), the row of the operation's own error
 * table it matches ({@link #entry()}) and the generic error it names ({@link #genericError()}, from the reference's
 * page of generic synchronous errors). A response without a readable error body (an HTML page from a proxy) has
 * neither; {@link #bodyExcerpt()} keeps the start of it for diagnostics.
 */
public class UcwaErrorException extends UcwaClientException {

    private final String method;
    private final URI uri;
    private final int status;
    private final @Nullable UcwaError error;
    private final @Nullable ErrorEntry entry;
    private final @Nullable GenericError genericError;
    private final String bodyExcerpt;

    public UcwaErrorException(String method, URI uri, int status, @Nullable UcwaError error,
            @Nullable ErrorEntry entry, @Nullable GenericError genericError, String bodyExcerpt) {
        super(describe(method, uri, status, error, entry));
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.error = error;
        this.entry = entry;
        this.genericError = genericError;
        this.bodyExcerpt = bodyExcerpt;
    }

    /** The method of the refused request. */
    public String method() {
        return method;
    }

    /** The URI of the refused request. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status, for example 409. */
    public int status() {
        return status;
    }

    /** The error body, when the response carried one the client could read. */
    public Optional<UcwaError> error() {
        return Optional.ofNullable(error);
    }

    /** The row of the called operation's error table that the response is; empty for an error the table lacks. */
    public Optional<ErrorEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /** The generic synchronous error the body names by code or subcode, any operation may return it. */
    public Optional<GenericError> genericError() {
        return Optional.ofNullable(genericError);
    }

    /** The error code of the body ({@code Conflict}); empty without a readable body. */
    public Optional<String> code() {
        return error().map(UcwaError::code);
    }

    /** The subcode of the body ({@code AlreadyExists}), whether or not the reference lists it. */
    public Optional<String> subcode() {
        return error().flatMap(UcwaError::subcode);
    }

    /** The first characters of the response body as text, for diagnostics; empty for an empty body. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    private static String describe(String method, URI uri, int status, @Nullable UcwaError error,
            @Nullable ErrorEntry entry) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(uri).append(" answered ")
                .append(status);
        if (error != null) {
            text.append(' ').append(error.code());
            error.subcode().ifPresent(subcode -> text.append('/').append(subcode));
            error.message().ifPresent(message -> text.append(": ").append(message));
        }
        if (entry != null) {
            text.append(" [").append(entry.description()).append(']');
        }
        return text.toString();
    }
}
