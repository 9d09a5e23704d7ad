package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns Jackson failures into {@link UcwaPayloadException}s located by JSON path. */
public final class JsonErrors {

    private JsonErrors() {}

    /**
     * A malformed document becomes a {@link UcwaPayloadException} at {@code path} (its message keeps Jackson's line
     * and column); a failing stream becomes an {@link UncheckedIOException}.
     */
    public static RuntimeException wrap(IOException e, String path) {
        if (e instanceof JsonProcessingException malformed) {
            JsonLocation location = malformed.getLocation();
            String where = location == null || location.getLineNr() < 0 ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            return new UcwaPayloadException("malformed JSON: " + malformed.getOriginalMessage() + where, path, e);
        }
        return new UncheckedIOException(e);
    }
}
