package io.github.ucwakit.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad batches, each refused within a second with the exact {@link Kind} and location: {@code Content-Type}, the
 * body as a whole ({@code null}), {@code part N} or {@code part N, line L} (lines counted from the line after the
 * part's delimiter). Each case is a valid batch with one change.
 */
class BatchBadInputTest {

    private static final String TYPE = "multipart/batching;boundary=b";

    /** Two requests; in each part, line 1 is the part's Content-Type, line 3 the request line, line 4 Host. */
    private static final String REQUESTS = """
            --b
            Content-Type: application/http; msgtype=request

            GET /ucwa/me HTTP/1.1
            Host: h
            Accept: application/json

            --b
            Content-Type: application/http; msgtype=request

            POST /ucwa/x HTTP/1.1
            Host: h
            Content-Type: application/json
            Content-Length: 2

            {}
            --b--
            """;

    /** Two responses; in each part, line 3 is the status line. */
    private static final String RESPONSES = """
            --b
            Content-Type: application/http; msgtype=response

            HTTP/1.1 200 OK
            Content-Type: application/json

            {}
            --b
            Content-Type: application/http; msgtype=response

            HTTP/1.1 404 Not Found
            Cache-Control: no-cache

            --b--
            """;

    private static int run;

    enum Side { REQUEST, RESPONSE }

    record Case(String name, Side side, String contentType, String body, BatchLimits limits, Kind kind,
            String location) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                request("not a batch", "application/json", REQUESTS, Kind.INVALID_VALUE, "Content-Type"),
                request("no boundary parameter", "multipart/batching", REQUESTS, Kind.MISSING_VALUE, "Content-Type"),
                request("empty boundary", "multipart/batching;boundary=", REQUESTS, Kind.INVALID_VALUE,
                        "Content-Type"),
                request("boundary of 71 characters", "multipart/batching;boundary=" + "b".repeat(71), REQUESTS,
                        Kind.INVALID_VALUE, "Content-Type"),
                request("unclosed quoted boundary", "multipart/batching;boundary=\"b", REQUESTS, Kind.INVALID_VALUE,
                        "Content-Type"),
                request("boundary given twice", "multipart/batching;boundary=b;Boundary=b", REQUESTS,
                        Kind.DUPLICATE, "Content-Type"),
                request("mismatched boundary", "multipart/batching;boundary=c", REQUESTS, Kind.MALFORMED, null),
                request("empty body", TYPE, "", Kind.MALFORMED, null),
                request("no parts", TYPE, "--b--\n", Kind.MISSING_VALUE, null),
                request("truncated in part 2", TYPE, REQUESTS.substring(0, REQUESTS.indexOf("Host: h\nContent-Type")),
                        Kind.MALFORMED, "part 2"),
                request("truncated close delimiter", TYPE, REQUESTS.replace("--b--", "--b-"), Kind.MALFORMED,
                        "part 2"),
                request("empty part", TYPE, "--b\n\n--b--\n", Kind.MALFORMED, "part 1"),
                request("part without Content-Type", TYPE, first(REQUESTS, s -> s.replaceFirst(
                        "Content-Type: application/http; msgtype=request", "Content-ID: 1")), Kind.MISSING_VALUE,
                        "part 1"),
                request("part not application/http", TYPE, first(REQUESTS, s -> s.replaceFirst(
                        "application/http; msgtype=request", "text/plain")), Kind.INVALID_VALUE, "part 1, line 1"),
                request("response in a request batch", TYPE, first(REQUESTS, s -> s.replaceFirst(
                        "msgtype=request", "msgtype=response")), Kind.INVALID_VALUE, "part 1, line 1"),
                request("base64 part", TYPE, first(REQUESTS, s -> s.replaceFirst("msgtype=request\n",
                        "msgtype=request\nContent-Transfer-Encoding: base64\n")), Kind.INVALID_VALUE,
                        "part 1, line 2"),
                request("no blank line after the part's headers", TYPE, first(REQUESTS, s -> s.replaceFirst(
                        "msgtype=request\n\n", "msgtype=request\n")), Kind.MALFORMED, "part 1, line 2"),
                request("no HTTP message", TYPE, "--b\nContent-Type: application/http\n\n--b--\n",
                        Kind.MISSING_VALUE, "part 1, line 2"),
                request("request line without version", TYPE, first(REQUESTS, s -> s.replace(" HTTP/1.1", "")),
                        Kind.MALFORMED, "part 1, line 3"),
                request("two spaces in the request line", TYPE, first(REQUESTS, s -> s.replace("GET /", "GET  /")),
                        Kind.MALFORMED, "part 1, line 3"),
                request("method UCWA does not take", TYPE, first(REQUESTS, s -> s.replace("GET /", "PATCH /")),
                        Kind.INVALID_VALUE, "part 1, line 3"),
                request("lower-case method", TYPE, first(REQUESTS, s -> s.replace("GET /", "get /")),
                        Kind.INVALID_VALUE, "part 1, line 3"),
                request("target not a path", TYPE, first(REQUESTS, s -> s.replace("GET /ucwa", "GET ucwa")),
                        Kind.MALFORMED, "part 1, line 3"),
                request("HTTP/2 in a part", TYPE, first(REQUESTS, s -> s.replace("HTTP/1.1", "HTTP/2.0")),
                        Kind.MALFORMED, "part 1, line 3"),
                request("header without a colon", TYPE, first(REQUESTS, s -> s.replace("Accept:", "Accept")),
                        Kind.MALFORMED, "part 1, line 5"),
                request("space before the colon", TYPE, first(REQUESTS, s -> s.replace("Accept:", "Accept :")),
                        Kind.MALFORMED, "part 1, line 5"),
                request("folded header line", TYPE, first(REQUESTS, s -> s.replace("application/json\n",
                        "application/json\n  ;q=1\n")), Kind.MALFORMED, "part 1, line 6"),
                request("control character in a value", TYPE, first(REQUESTS, s -> s.replace("application/json",
                        "application/\u0001json")), Kind.MALFORMED, "part 1, line 5"),
                request("no Host", TYPE, first(REQUESTS, s -> s.replace("Host: h\n", "")), Kind.MISSING_VALUE,
                        "part 1"),
                request("Host twice", TYPE, first(REQUESTS, s -> s.replace("Host: h\n", "Host: h\nHOST: h\n")),
                        Kind.DUPLICATE, "part 1, line 5"),
                request("another Host in part 2", TYPE, second(REQUESTS, s -> s.replace("Host: h", "Host: g")),
                        Kind.INVALID_VALUE, "part 2, line 4"),
                request("header given twice", TYPE, first(REQUESTS, s -> s.replace("Accept: application/json",
                        "Accept: application/json\naccept: application/xml")), Kind.DUPLICATE, "part 1, line 6"),
                request("GET with a body", TYPE, first(REQUESTS, s -> s.replace("json\n\n", "json\n\nhello\n")),
                        Kind.INVALID_VALUE, "part 1"),
                request("body without Content-Type", TYPE, second(REQUESTS, s -> s.replace(
                        "Content-Type: application/json\n", "")), Kind.MISSING_VALUE, "part 2"),
                request("Content-Length past the part", TYPE, second(REQUESTS, s -> s.replace(
                        "Content-Length: 2", "Content-Length: 20")), Kind.MALFORMED, "part 2, line 6"),
                request("Content-Length not a number", TYPE, second(REQUESTS, s -> s.replace(
                        "Content-Length: 2", "Content-Length: 0x2")), Kind.MALFORMED, "part 2, line 6"),
                request("bytes after Content-Length", TYPE, second(REQUESTS, s -> s.replace(
                        "Content-Length: 2", "Content-Length: 1")), Kind.MALFORMED, "part 2, line 6"),
                request("Content-Length twice", TYPE, second(REQUESTS, s -> s.replace(
                        "Content-Length: 2", "Content-Length: 2\nContent-Length: 2")), Kind.DUPLICATE,
                        "part 2, line 7"),
                limited("too many parts", Side.REQUEST, REQUESTS, BatchLimits.defaults().withMaxParts(1),
                        Kind.LIMIT_EXCEEDED, "part 2"),
                limited("too large a body", Side.REQUEST, REQUESTS, BatchLimits.defaults().withMaxBodySize(100),
                        Kind.LIMIT_EXCEEDED, null),
                limited("too long a header line", Side.REQUEST, first(REQUESTS, s -> s.replace("application/json",
                        "application/json;" + "x".repeat(80))), BatchLimits.defaults().withMaxHeaderLineLength(60),
                        Kind.LIMIT_EXCEEDED, "part 1, line 5"),
                limited("too many header lines", Side.REQUEST, REQUESTS, BatchLimits.defaults().withMaxHeaderLines(3),
                        Kind.LIMIT_EXCEEDED, "part 2, line 6"),
                response("status of four digits", first(RESPONSES, s -> s.replace("200 OK", "2000 OK")),
                        Kind.MALFORMED, "part 1, line 3"),
                response("status line without status", first(RESPONSES, s -> s.replace("200 OK", "OK")),
                        Kind.MALFORMED, "part 1, line 3"),
                response("status 600", first(RESPONSES, s -> s.replace("200 OK", "600 Odd")), Kind.MALFORMED,
                        "part 1, line 3"),
                response("HTTP/2 status line", first(RESPONSES, s -> s.replace("HTTP/1.1 200", "HTTP/2 200")),
                        Kind.MALFORMED, "part 1, line 3"),
                response("control character in the reason", first(RESPONSES, s -> s.replace("200 OK",
                        "200 O\u0007K")), Kind.MALFORMED, "part 1, line 3"),
                response("request in a response batch", first(RESPONSES, s -> s.replace("msgtype=response",
                        "msgtype=request")), Kind.INVALID_VALUE, "part 1, line 1"),
                response("response header without a colon", second(RESPONSES, s -> s.replace("Cache-Control:",
                        "Cache-Control")), Kind.MALFORMED, "part 2, line 4"),
                response("response truncated", RESPONSES.substring(0, RESPONSES.indexOf("HTTP/1.1 404")),
                        Kind.MALFORMED, "part 2"));
    }

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "batch bad-input cases: %d%n", run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithKindAndLocation(Case bad) {
        for (String lineBreak : List.of("\n", "\r\n")) {
            byte[] body = bad.body().replace("\n", lineBreak).getBytes(StandardCharsets.ISO_8859_1);
            Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> catchThrowable(() -> {
                if (bad.side() == Side.REQUEST) {
                    BatchRequest.parse(body, bad.contentType(), bad.limits());
                } else {
                    BatchResponse.parse(body, bad.contentType(), bad.limits());
                }
            }));
            assertThat(failure).as("%s with %s line breaks", bad, lineBreak.length() == 1 ? "LF" : "CRLF")
                    .isInstanceOf(UcwaPayloadException.class);
            UcwaPayloadException refused = (UcwaPayloadException) failure;
            assertThat(refused.kind()).as("%s: %s", bad, refused.getMessage()).isEqualTo(bad.kind());
            assertThat(refused.location()).as("%s: %s", bad, refused.getMessage()).isEqualTo(bad.location());
        }
        run++;
    }

    private static Case request(String name, String type, String body, Kind kind, String location) {
        return new Case(name, Side.REQUEST, type, body, BatchLimits.defaults(), kind, location);
    }

    private static Case response(String name, String body, Kind kind, String location) {
        return new Case(name, Side.RESPONSE, TYPE, body, BatchLimits.defaults(), kind, location);
    }

    private static Case limited(String name, Side side, String body, BatchLimits limits, Kind kind, String location) {
        return new Case(name, side, TYPE, body, limits, kind, location);
    }

    /** The batch with a change in its first part alone. */
    private static String first(String batch, UnaryOperator<String> change) {
        int second = batch.indexOf("--b\n", 1);
        return change.apply(batch.substring(0, second)) + batch.substring(second);
    }

    /** The batch with a change in its second part alone. */
    private static String second(String batch, UnaryOperator<String> change) {
        int second = batch.indexOf("--b\n", 1);
        return batch.substring(0, second) + change.apply(batch.substring(second));
    }
}
