package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.batch.HttpPart.HeaderLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one part of a batch: its MIME headers ({@code Content-Type: application/http} with the expected
 * {@code msgtype}, an optional {@code Content-Transfer-Encoding} that leaves bytes as they are), then the HTTP
 * message it carries: start line, header lines, blank line, body. Header lines are {@code name: value} with a
 * token for a name and no control character in the value; folded lines are refused. A message that ends within
 * its header lines has an empty body (a sample of the reference ends so). A {@code Content-Length} must match the
 * body (line breaks after it aside). Header values are read as ISO-8859-1, so every byte comes back as one
 * character.
 */
final class PartReader {

    private static final Set<String> IDENTITY_ENCODINGS = Set.of("binary", "8bit", "7bit");

    private final byte[] body;
    private final MultipartScanner.RawPart part;
    private final BatchLimits limits;
    private final String location;
    private int at;
    private int line;
    private int headerLines;

    private PartReader(byte[] body, MultipartScanner.RawPart part, BatchLimits limits) {
        this.body = body;
        this.part = part;
        this.limits = limits;
        this.location = HttpPart.partLocation(part.number());
        this.at = part.start();
    }

    /**
     * Reads a part.
     *
     * @param msgtype {@code request} or {@code response}: the {@code msgtype} the part's Content-Type may name
     */
    static HttpPart read(byte[] body, MultipartScanner.RawPart part, String msgtype, BatchLimits limits) {
        return new PartReader(body, part, limits).read(msgtype);
    }

    private HttpPart read(String msgtype) {
        if (at >= part.end()) {
            throw new UcwaPayloadException(Kind.MALFORMED, "the part is empty", location);
        }
        List<HeaderLine> mimeHeaders = new ArrayList<>();
        while (true) {
            if (at >= part.end()) {
                break;
            }
            int start = at;
            int end = nextLine();
            if (start == end) {
                break;
            }
            mimeHeaders.add(header(start, end));
        }
        checkMimeHeaders(mimeHeaders, msgtype);
        if (at >= part.end()) {
            throw new UcwaPayloadException(Kind.MISSING_VALUE, "the part holds no HTTP message: expected a "
                    + ("request".equals(msgtype) ? "request" : "status") + " line", location + ", line " + (line + 1));
        }
        int start = at;
        int end = nextLine();
        checkLength(start, end);
        String startLine = new String(body, start, end - start, StandardCharsets.ISO_8859_1);
        int startLineNumber = line;
        List<HeaderLine> headers = new ArrayList<>();
        while (at < part.end()) {
            int headerStart = at;
            int headerEnd = nextLine();
            if (headerStart == headerEnd) {
                break;
            }
            headers.add(header(headerStart, headerEnd));
        }
        HeaderLine length = null;
        for (HeaderLine header : headers) {
            if (header.name().equalsIgnoreCase("Content-Length")) {
                if (length != null) {
                    throw new UcwaPayloadException(Kind.DUPLICATE, "Content-Length is given twice",
                            location + ", line " + header.line());
                }
                length = header;
            }
        }
        byte[] content = Arrays.copyOfRange(body, at, length == null ? part.end() : framedEnd(length));
        headers.remove(length);
        return new HttpPart(part.number(), startLine, startLineNumber, headers, content, length != null);
    }

    /** Consumes a line; returns where its content ends (before CRLF or LF). */
    private int nextLine() {
        int start = at;
        int end = start;
        while (end < part.end() && body[end] != '\n') {
            end++;
        }
        at = end < part.end() ? end + 1 : end;
        line++;
        return end > start && body[end - 1] == '\r' ? end - 1 : end;
    }

    private void checkLength(int start, int end) {
        if (end - start > limits.maxHeaderLineLength()) {
            throw new UcwaPayloadException(Kind.LIMIT_EXCEEDED, "a line of " + (end - start) + " bytes, more than "
                    + limits.maxHeaderLineLength(), location + ", line " + line);
        }
    }

    private HeaderLine header(int start, int end) {
        checkLength(start, end);
        if (++headerLines > limits.maxHeaderLines()) {
            throw new UcwaPayloadException(Kind.LIMIT_EXCEEDED, "more than " + limits.maxHeaderLines()
                    + " header lines in one part", location + ", line " + line);
        }
        String where = location + ", line " + line;
        if (HttpSyntax.isSpace(body[start])) {
            throw new UcwaPayloadException(Kind.MALFORMED, "a folded header line (a line that continues the one"
                    + " before it is not accepted)", where);
        }
        int colon = start;
        while (colon < end && body[colon] != ':') {
            colon++;
        }
        String text = new String(body, start, end - start, StandardCharsets.ISO_8859_1);
        if (colon == end) {
            throw new UcwaPayloadException(Kind.MALFORMED, "a header line without a colon: "
                    + UcwaPayloadException.quote(text), where);
        }
        String name = new String(body, start, colon - start, StandardCharsets.ISO_8859_1);
        if (!HttpSyntax.isToken(name)) {
            throw new UcwaPayloadException(Kind.MALFORMED, "not a header name: " + UcwaPayloadException.quote(name)
                    + " (a name is a token, with no space before its colon)", where);
        }
        int valueStart = colon + 1;
        int valueEnd = end;
        while (valueStart < valueEnd && HttpSyntax.isSpace(body[valueStart])) {
            valueStart++;
        }
        while (valueEnd > valueStart && HttpSyntax.isSpace(body[valueEnd - 1])) {
            valueEnd--;
        }
        for (int i = valueStart; i < valueEnd; i++) {
            if (!HttpSyntax.isFieldChar(body[i] & 0xFF)) {
                throw new UcwaPayloadException(Kind.MALFORMED, String.format("the value of %s holds the control"
                        + " character U+%04X", name, body[i] & 0xFF), where);
            }
        }
        return new HeaderLine(name, new String(body, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1),
                line);
    }

    private void checkMimeHeaders(List<HeaderLine> mimeHeaders, String msgtype) {
        HeaderLine contentType = single(mimeHeaders, "Content-Type");
        if (contentType == null) {
            throw new UcwaPayloadException(Kind.MISSING_VALUE, "the part has no Content-Type (application/http"
                    + " expected)", location);
        }
        String where = location + ", line " + contentType.line();
        MediaType type = MediaType.parse(contentType.value(), where);
        if (!type.essence().equals("application/http")) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "the part is "
                    + UcwaPayloadException.quote(type.essence()) + ", not application/http", where);
        }
        String given = type.parameter("msgtype").orElse(msgtype);
        if (!given.equalsIgnoreCase(msgtype)) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "the part is an HTTP "
                    + UcwaPayloadException.quote(given) + ", not a " + msgtype, where);
        }
        HeaderLine encoding = single(mimeHeaders, "Content-Transfer-Encoding");
        if (encoding != null && !IDENTITY_ENCODINGS.contains(encoding.value().toLowerCase(Locale.ROOT))) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "the Content-Transfer-Encoding "
                    + UcwaPayloadException.quote(encoding.value()) + " is not read (binary, 8bit or 7bit are)",
                    location + ", line " + encoding.line());
        }
    }

    /** The one header of a name, {@code null} when there is none; {@code DUPLICATE} when there are two. */
    private HeaderLine single(List<HeaderLine> headers, String name) {
        HeaderLine found = null;
        for (HeaderLine header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                if (found != null) {
                    throw new UcwaPayloadException(Kind.DUPLICATE, name + " is given twice",
                            location + ", line " + header.line());
                }
                found = header;
            }
        }
        return found;
    }

    /** Where a body framed by its Content-Length ends; what follows it up to the delimiter may only be line breaks. */
    private int framedEnd(HeaderLine length) {
        String where = location + ", line " + length.line();
        String value = length.value();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new UcwaPayloadException(Kind.MALFORMED, "not a Content-Length: "
                    + UcwaPayloadException.quote(value), where);
        }
        long declared = Long.parseLong(value);
        int available = part.end() - at;
        if (declared > available) {
            throw new UcwaPayloadException(Kind.MALFORMED, "the body is truncated: Content-Length " + declared
                    + ", but " + available + " bytes before the delimiter", where);
        }
        int end = at + (int) declared;
        for (int i = end; i < part.end(); i++) {
            if (body[i] != '\r' && body[i] != '\n') {
                throw new UcwaPayloadException(Kind.MALFORMED, (part.end() - end) + " bytes after the body of"
                        + " Content-Length " + declared, where);
            }
        }
        return end;
    }
}
