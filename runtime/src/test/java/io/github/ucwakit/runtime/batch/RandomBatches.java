package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Random batches for the round-trip property: requests of every method with paths and queries, headers of every
 * character a header may hold, JSON and XML bodies (with CRLF and LF line breaks, lines that begin with
 * {@code --}, non-ASCII text, stray control bytes), and responses with repeated headers, odd reasons and empty
 * bodies. One {@link Random} drives all, so a seed gives the same cases.
 */
final class RandomBatches {

    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~";
    private static final String PATH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%@:!$&'()*+,;=";
    private static final List<String> JSON_TYPES = List.of("application/json",
            "application/vnd.microsoft.com.ucwa+json", "application/json; charset=utf-8");
    private static final List<String> XML_TYPES = List.of("application/xml",
            "application/vnd.microsoft.com.ucwa+xml; charset=utf-8", "text/xml");

    private final Random random;

    RandomBatches(Random random) {
        this.random = random;
    }

    String host() {
        return switch (random.nextInt(3)) {
            case 0 -> "lyncweb.contoso.com";
            case 1 -> "fe" + random.nextInt(100) + ".contoso.com:" + (1024 + random.nextInt(60000));
            default -> "127.0.0.1:" + (1024 + random.nextInt(60000));
        };
    }

    /** A request as written; its href is a path, or, with {@link #absolute}, a URL on the host. */
    UcwaRequest request() {
        HttpMethod method = HttpMethod.values()[random.nextInt(HttpMethod.values().length)];
        UcwaRequest.Builder request = UcwaRequest.builder(method, path());
        headers(true).forEach(h -> request.header(h[0], h[1]));
        if (method.takesBody() && random.nextInt(10) < 8) {
            boolean json = random.nextBoolean();
            request.body(random.nextInt(10) == 0 ? new byte[0] : body(json), type(json));
        }
        return request.build();
    }

    /** The same request with its href as a URL on the host, as a client may hold it. */
    UcwaRequest absolute(UcwaRequest request, String host) {
        UcwaRequest.Builder copy = UcwaRequest.builder(request.method(), "https://" + host + request.href());
        request.headers().forEach(copy::header);
        request.body().ifPresent(b -> copy.body(b, request.contentType().orElseThrow()));
        return copy.build();
    }

    ResponsePart response() {
        int status = List.of(200, 201, 204, 400, 404, 409, 412, 429, 500, 503, 299, 599).get(random.nextInt(12));
        ResponsePart.Builder part = ResponsePart.builder(status);
        if (random.nextInt(4) == 0) {
            part.reason(random.nextBoolean() ? "" : fieldValue());
        }
        headers(false).forEach(h -> part.header(h[0], h[1]));
        if (random.nextInt(10) < 7) {
            boolean json = random.nextBoolean();
            part.body(body(json), type(json));
        } else if (random.nextBoolean()) {
            part.body(new byte[0]);
        }
        return part.build();
    }

    int parts() {
        return 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 8);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String path() {
        StringBuilder path = new StringBuilder("/ucwa/oauth/v1/applications/").append(random.nextInt(1_000_000));
        for (int i = random.nextInt(4); i > 0; i--) {
            path.append('/').append(text(PATH, 1 + random.nextInt(20)));
        }
        if (random.nextInt(4) == 0) {
            path.append('?').append(text(PATH, random.nextInt(20)));
        }
        return path.toString();
    }

    /** Header names unique without regard to case unless repeats are allowed; never Host or Content-Length. */
    private List<String[]> headers(boolean unique) {
        List<String[]> headers = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of("host", "content-length", "content-type"));
        for (int i = random.nextInt(7); i > 0; i--) {
            String name = random.nextInt(3) == 0 ? List.of("Accept", "If-Match", "X-Ms-Origin", "Cache-Control",
                    "ETag", "Set-Cookie").get(random.nextInt(6)) : text(TOKEN, 1 + random.nextInt(12));
            if (unique && !names.add(name.toLowerCase(Locale.ROOT))
                    || !unique && Set.of("host", "content-length", "content-type").contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            headers.add(new String[] {name, fieldValue()});
        }
        return headers;
    }

    /** A header value or reason: visible ASCII, inner spaces and tabs, Latin-1 letters; none at either end. */
    private String fieldValue() {
        int length = random.nextInt(30);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            char c = kind == 0 ? ' ' : kind == 1 ? '\t' : kind == 2 ? (char) (0xA0 + random.nextInt(0x60))
                    : (char) (0x21 + random.nextInt(0x5E));
            value.append(c);
        }
        return value.toString().strip();
    }

    private String type(boolean json) {
        List<String> types = json ? JSON_TYPES : XML_TYPES;
        return types.get(random.nextInt(types.size()));
    }

    /** A JSON or XML body with lines that come close to delimiters, mixed line breaks and non-ASCII text. */
    private byte[] body(boolean json) {
        StringBuilder body = new StringBuilder(json ? "{" : "<?xml version=\"1.0\"?><resource rel=\"x\">");
        for (int i = random.nextInt(12); i > 0; i--) {
            String breakText = random.nextBoolean() ? "\r\n" : "\n";
            switch (random.nextInt(6)) {
                case 0 -> body.append(breakText).append("--").append(text(TOKEN, random.nextInt(40)));
                case 1 -> body.append(breakText).append("--batch_").append(Long.toHexString(random.nextLong()));
                case 2 -> body.append(json ? "\"n\u00e9\":\"\u4f1a\u8bae \u2603\"," : "<property name=\"s\">\u00e9\u2603</property>");
                case 3 -> body.append(breakText).append(breakText);
                case 4 -> body.append((char) random.nextInt(32));
                default -> body.append(json ? "\"k\":" + random.nextInt() + "," : "<property name=\"k\">"
                        + random.nextInt() + "</property>");
            }
        }
        body.append(json ? "}" : "</resource>");
        if (random.nextInt(5) == 0) {
            body.append(random.nextBoolean() ? "\r\n" : random.nextBoolean() ? "\n" : "\r");
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
