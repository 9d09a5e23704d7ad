package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The request line ({@code GET /ucwa/... HTTP/1.1}) and the status line ({@code HTTP/1.1 200 OK}) of a part, read
 * and checked: single spaces between the pieces, an HTTP/1.x version, a method UCWA uses, a target that is a path
 * or an absolute http(s) URL without spaces, a status from 100 to 599.
 */
final class StartLines {

    /** A request line taken apart. */
    record RequestLine(HttpMethod method, String target) {}

    /** A status line taken apart. */
    record StatusLine(int status, String reason) {}

    private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[0-9]");
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");

    private StartLines() {}

    static RequestLine request(HttpPart part) {
        String line = part.startLine();
        String where = part.location(part.startLineNumber());
        String[] pieces = line.split(" ", -1);
        if (pieces.length != 3 || Arrays.stream(pieces).anyMatch(String::isEmpty)) {
            throw malformed("not a request line 'METHOD target HTTP/1.1': " + UcwaPayloadException.quote(line), where);
        }
        if (!HttpSyntax.isToken(pieces[0])) {
            throw malformed("not a method: " + UcwaPayloadException.quote(pieces[0]), where);
        }
        HttpMethod method = Arrays.stream(HttpMethod.values()).filter(m -> m.name().equals(pieces[0])).findFirst()
                .orElseThrow(() -> new UcwaPayloadException(Kind.INVALID_VALUE, "the method "
                        + UcwaPayloadException.quote(pieces[0]) + " is not one UCWA takes: "
                        + Arrays.toString(HttpMethod.values()), where));
        String target = pieces[1];
        if (!target.chars().allMatch(HttpSyntax::isTargetChar) || !(target.startsWith("/")
                || target.regionMatches(true, 0, "http://", 0, 7) || target.regionMatches(true, 0, "https://", 0, 8))) {
            throw malformed("not a request target (a path or an http(s) URL): " + UcwaPayloadException.quote(target),
                    where);
        }
        if (!VERSION.matcher(pieces[2]).matches()) {
            throw malformed("not an HTTP/1.x version: " + UcwaPayloadException.quote(pieces[2]), where);
        }
        return new RequestLine(method, target);
    }

    static StatusLine status(HttpPart part) {
        String line = part.startLine();
        String where = part.location(part.startLineNumber());
        int space = line.indexOf(' ');
        if (space < 0 || !VERSION.matcher(line.substring(0, space)).matches()) {
            throw malformed("not a status line 'HTTP/1.1 200 OK': " + UcwaPayloadException.quote(line), where);
        }
        int statusEnd = Math.min(line.length(), space + 4);
        String status = line.substring(space + 1, statusEnd);
        if (!STATUS.matcher(status).matches() || statusEnd < line.length() && line.charAt(statusEnd) != ' ') {
            throw malformed("not a status from 100 to 599 in " + UcwaPayloadException.quote(line), where);
        }
        String reason = statusEnd < line.length() ? line.substring(statusEnd + 1) : "";
        if (!reason.chars().allMatch(HttpSyntax::isFieldChar)) {
            throw malformed("a control character in the reason phrase of " + UcwaPayloadException.quote(line), where);
        }
        return new StatusLine(Integer.parseInt(status), reason);
    }

    private static UcwaPayloadException malformed(String message, String where) {
        return new UcwaPayloadException(Kind.MALFORMED, message, where);
    }
}
