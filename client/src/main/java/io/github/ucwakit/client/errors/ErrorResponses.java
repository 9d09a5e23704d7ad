package io.github.ucwakit.client.errors;

import io.github.ucwakit.client.wire.MediaTypes;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.GenericError;
import io.github.ucwakit.runtime.errors.GenericErrors;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a response that is not a success into its typed exception: the error body read with {@link ErrorBodies}
 * in the format its {@code Content-Type} names, matched against the called operation's error table and the generic
 * errors; a 412 becomes a {@link PreconditionFailedException}. A body that is not a UCWA error (empty, HTML, or
 * malformed) leaves the error empty rather than hiding the status behind a payload exception.
 */
public final class ErrorResponses {

    private static final int EXCERPT = 512;

    private ErrorResponses() {}

    /**
     * The exception of a failed response.
     *
     * @param errors the error table of the called operation ({@link ErrorCatalog#of()} when there is none)
     * @param sentEtag the {@code If-Match} the request sent, or {@code null}
     */
    public static UcwaErrorException toException(String method, URI uri, int status, @Nullable String contentType,
            byte[] body, ErrorCatalog errors, @Nullable String sentEtag) {
        UcwaError error = readError(contentType, body).orElse(null);
        ErrorEntry entry = error == null ? null : errors.match(status, error).orElse(null);
        GenericError generic = error == null ? null : GenericErrors.match(error).orElse(null);
        String excerpt = excerpt(body);
        if (status == 412) {
            return new PreconditionFailedException(method, uri, error, entry, generic, excerpt, sentEtag);
        }
        return new UcwaErrorException(method, uri, status, error, entry, generic, excerpt);
    }

    /** The UCWA error a body holds, read in the format of its content type; empty when it holds none. */
    public static Optional<UcwaError> readError(@Nullable String contentType, byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        Optional<PayloadFormat> format = MediaTypes.formatOf(contentType);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ErrorBodies.read(body, format.get()));
        } catch (UcwaPayloadException notAnError) {
            return Optional.empty();
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT * 4), StandardCharsets.UTF_8);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }
}
