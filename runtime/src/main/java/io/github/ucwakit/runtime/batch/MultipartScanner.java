package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a multipart body into its parts (RFC 2046, section 5.1.1) in one pass over its lines: each byte is looked at
 * a bounded number of times, so the time is linear in the body whatever it holds. A line is a delimiter when it
 * begins with {@code --boundary} and holds nothing else but {@code --} (the close delimiter) and spaces or tabs; the
 * line break before a delimiter belongs to it. Lines end with CRLF or a bare LF (the reference's pages show LF).
 * The preamble before the first delimiter and the epilogue after the close delimiter are ignored; a body that ends
 * right after a delimiter line (blank lines aside) ends the batch as a close delimiter would, as a sample of the
 * reference does.
 */
final class MultipartScanner {

    /** The bytes of one part, between the line after its delimiter and the line break before the next one. */
    record RawPart(int number, int start, int end) {}

    private static final int NOT_DELIMITER = 0;
    private static final int DELIMITER = 1;
    private static final int CLOSE = 2;

    private final byte[] body;
    private final byte[] dashBoundary;
    private final BatchLimits limits;

    private MultipartScanner(byte[] body, String boundary, BatchLimits limits) {
        this.body = body;
        this.dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.limits = limits;
    }

    /** The parts of a body, in order; at least one. */
    static List<RawPart> split(byte[] body, String boundary, BatchLimits limits) {
        return new MultipartScanner(body, boundary, limits).split();
    }

    /** The start of the first delimiter line at or after {@code from}; the body's length when none follows. */
    private int nextDelimiter(int from) {
        int lineStart = from;
        while (lineStart < body.length) {
            int end = lineEnd(lineStart);
            if (delimiterKind(lineStart, end) != NOT_DELIMITER) {
                return lineStart;
            }
            lineStart = end + 1;
        }
        return body.length;
    }

    /** The kind of the line at {@code lineStart}: {@code NOT_DELIMITER} at the end of the body. */
    private int kindAt(int lineStart) {
        return lineStart < body.length ? delimiterKind(lineStart, lineEnd(lineStart)) : NOT_DELIMITER;
    }

    private List<RawPart> split() {
        int lineStart = nextDelimiter(0);
        int kind = kindAt(lineStart);
        if (kind == NOT_DELIMITER) {
            throw new UcwaPayloadException(Kind.MALFORMED, "no delimiter line "
                    + quoted(dashBoundary) + ": the body does not use the boundary its Content-Type gives", null);
        }
        List<RawPart> parts = new ArrayList<>();
        while (kind == DELIMITER) {
            int partStart = lineEnd(lineStart) + 1;
            if (onlyBlankLinesFrom(partStart)) {
                break;
            }
            int number = parts.size() + 1;
            if (number > limits.maxParts()) {
                throw new UcwaPayloadException(Kind.LIMIT_EXCEEDED, "a batch of more than " + limits.maxParts()
                        + " parts", "part " + number);
            }
            lineStart = nextDelimiter(partStart);
            kind = kindAt(lineStart);
            if (kind == NOT_DELIMITER) {
                throw new UcwaPayloadException(Kind.MALFORMED, "the part is truncated: the body ends without a"
                        + " delimiter line after it", "part " + number);
            }
            parts.add(new RawPart(number, partStart, contentEnd(partStart, lineStart)));
        }
        if (parts.isEmpty()) {
            throw new UcwaPayloadException(Kind.MISSING_VALUE, "the batch has no parts", null);
        }
        return parts;
    }

    /** The offset of the line feed that ends the line starting at {@code start}, or the body's length. */
    private int lineEnd(int start) {
        for (int i = start; i < body.length; i++) {
            if (body[i] == '\n') {
                return i;
            }
        }
        return body.length;
    }

    /** Whether the line between two offsets (line feed excluded) is a delimiter, a close delimiter or neither. */
    private int delimiterKind(int start, int lineFeed) {
        int end = lineFeed > start && body[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
        if (end - start < dashBoundary.length) {
            return NOT_DELIMITER;
        }
        for (int i = 0; i < dashBoundary.length; i++) {
            if (body[start + i] != dashBoundary[i]) {
                return NOT_DELIMITER;
            }
        }
        int rest = start + dashBoundary.length;
        int kind = DELIMITER;
        if (end - rest >= 2 && body[rest] == '-' && body[rest + 1] == '-') {
            kind = CLOSE;
            rest += 2;
        }
        for (int i = rest; i < end; i++) {
            if (!HttpSyntax.isSpace(body[i])) {
                return NOT_DELIMITER;
            }
        }
        return kind;
    }

    /** Whether nothing but line breaks, spaces and tabs follows an offset. */
    private boolean onlyBlankLinesFrom(int start) {
        for (int i = start; i < body.length; i++) {
            byte b = body[i];
            if (b != '\r' && b != '\n' && !HttpSyntax.isSpace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Where a part's content ends: before the line break that precedes its closing delimiter line. */
    private int contentEnd(int partStart, int delimiterStart) {
        int end = delimiterStart;
        if (end > partStart && body[end - 1] == '\n') {
            end--;
            if (end > partStart && body[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private static String quoted(byte[] text) {
        return "'" + new String(text, StandardCharsets.ISO_8859_1) + "'";
    }
}
