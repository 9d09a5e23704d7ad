package io.github.ucwakit.simulator.http;

import io.github.ucwakit.runtime.errors.UcwaError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by a handler to answer with an error: an HTTP status, the UCWA error body (written in the format the
 * request asked for) or none, and extra headers such as {@code Allow} or {@code WWW-Authenticate}.
 */
public final class UcwaFailure extends RuntimeException {

    private final int status;
    private final transient UcwaError error;
    private final Map<String, String> headers;

    public UcwaFailure(int status, UcwaError error) {
        this(status, error, Map.of());
    }

    public UcwaFailure(int status, UcwaError error, Map<String, String> headers) {
        super(status + (error == null ? "" : " " + error.code() + error.subcode().map(s -> "/" + s).orElse("")),
                null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
    }

    public int status() {
        return status;
    }

    /** The error body; empty for a response without one (a 401 challenge). */
    public Optional<UcwaError> error() {
        return Optional.ofNullable(error);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
