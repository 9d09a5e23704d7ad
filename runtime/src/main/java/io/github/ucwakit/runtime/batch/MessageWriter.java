package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one HTTP message of a batch: start line, header lines, {@code Content-Length} when there is a body, a
 * blank line and the body; lines end with CRLF. Refuses, with {@code INVALID_VALUE} and the place, a header that
 * could not be read back the same or that would end its line early: a name that is not a token, a value with a
 * control character (a line break among them), a character above U+00FF or spaces at either end, and the headers
 * the batch itself writes ({@code Host}, {@code Content-Length}).
 */
final class MessageWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final String location;

    /** @param location the message's place, for a refusal: {@code request 2}, {@code response 1} */
    MessageWriter(String location, String startLine) {
        this.location = location;
        line(startLine);
    }

    /** A header given by the caller. */
    MessageWriter header(String name, String value) {
        String where = location + ", header " + UcwaPayloadException.quote(name);
        if (!HttpSyntax.isToken(name)) {
            throw new UcwaPayloadException("not a header name (a name is a token)", where);
        }
        if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")) {
            throw new UcwaPayloadException(name + " is written by the batch, not given", where);
        }
        String problem = HttpSyntax.fieldValueProblem(value);
        if (problem != null) {
            throw new UcwaPayloadException("the value holds " + problem, where);
        }
        return written(name, value);
    }

    /** A header the batch writes itself, already checked. */
    MessageWriter written(String name, String value) {
        line(name + ": " + value);
        return this;
    }

    /** The blank line and the body, with its Content-Length; {@code null} for a message without a body. */
    byte[] finish(byte[] body) {
        if (body != null) {
            written("Content-Length", Integer.toString(body.length));
        }
        line("");
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private void line(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        out.write('\r');
        out.write('\n');
    }
}
