package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.batch.HttpPart.HeaderLine;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Several requests to one UCWA server sent as one: a {@code multipart/batching} body of
 * {@code application/http; msgtype=request} parts, POSTed to the application's {@code batch} link. Each part is
 * the request line with the path relative to the host, {@code Host}, the request's headers, {@code Content-Length}
 * when it has a body, and the body. The response answers the parts in their order ({@link BatchResponse}).
 *
 * <pre>{@code
 * BatchRequest batch = BatchRequest.of("lyncweb.contoso.com", List.of(getMe, getContacts));
 * UcwaRequest post = batch.request(application.batchLink().orElseThrow().href());   // send it with any client
 * BatchResponse response = BatchResponse.parse(responseBody, responseContentType);
 * }</pre>
 *
 * A server reads a batch with {@link #parse(byte[], String)}: every part becomes a {@link UcwaRequest} again (its
 * {@code Host} kept as the batch's {@link #host()}, its {@code Content-Length} checked and dropped). Immutable.
 */
public final class BatchRequest {

    private static final String MSGTYPE = "request";

    private final String host;
    private final List<UcwaRequest> requests;

    private BatchRequest(String host, List<UcwaRequest> requests) {
        this.host = host;
        this.requests = requests;
    }

    /**
     * A batch of requests to one server.
     *
     * @param host the server's host, and its port when it is not the default one (the {@code Host} header of
     *     every part); an absolute href of a request must name the same
     * @param requests one or more requests, in the order their responses come back
     */
    public static BatchRequest of(String host, List<UcwaRequest> requests) {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || !host.chars().allMatch(c -> HttpSyntax.isTargetChar(c) && c != '/')) {
            throw new IllegalArgumentException("not a host: " + UcwaPayloadException.quote(host));
        }
        List<UcwaRequest> copy = List.copyOf(requests);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one request");
        }
        return new BatchRequest(host, copy);
    }

    public String host() {
        return host;
    }

    /** The requests, in order. */
    public List<UcwaRequest> requests() {
        return requests;
    }

    /** The body with a boundary from {@link BoundarySource#contentDigest()}: the same requests, the same bytes. */
    public MultipartBody write() {
        return write(BoundarySource.contentDigest());
    }

    /**
     * The body, with a boundary from this source.
     *
     * @throws UcwaPayloadException {@code INVALID_VALUE}, naming the request ({@code request 2}) and the header, for
     *     a request that cannot be written: an href that is neither a path nor a URL on {@link #host()}, or holds a
     *     space or a character outside visible ASCII; a header whose name is not a token, whose value holds a
     *     control character or a character above U+00FF or begins or ends with a space; a {@code Host} or
     *     {@code Content-Length} header, which the batch writes itself
     */
    public MultipartBody write(BoundarySource boundaries) {
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            UcwaRequest request = requests.get(i);
            String location = "request " + (i + 1);
            MessageWriter message = new MessageWriter(location,
                    request.method().name() + " " + target(request.href(), location) + " HTTP/1.1");
            message.written("Host", host);
            request.headers().forEach(message::header);
            messages.add(message.finish(request.body().orElse(null)));
        }
        return MultipartWriter.write(messages, MSGTYPE, boundaries);
    }

    /** The POST of this batch to the application's {@code batch} href, accepting a batch in return. */
    public UcwaRequest request(String batchHref) {
        return request(batchHref, BoundarySource.contentDigest());
    }

    /** The POST of this batch to the application's {@code batch} href, with a boundary from this source. */
    public UcwaRequest request(String batchHref, BoundarySource boundaries) {
        MultipartBody body = write(boundaries);
        return UcwaRequest.builder(HttpMethod.POST, batchHref)
                .header(UcwaRequest.ACCEPT, MultipartBody.MEDIA_TYPE)
                .body(body.bytes(), body.contentType())
                .build();
    }

    /** Reads a batch body under {@link BatchLimits#defaults()}. */
    public static BatchRequest parse(byte[] body, String contentType) {
        return parse(body, contentType, BatchLimits.defaults());
    }

    /** Reads a batch body from a stream, which is left open. */
    public static BatchRequest parse(InputStream body, String contentType, BatchLimits limits) {
        return parse(BatchBodies.readAll(body, limits), contentType, limits);
    }

    /**
     * Reads a batch body, as a server receives it.
     *
     * @param contentType the {@code Content-Type} of the batch: {@code multipart/batching} with its boundary
     * @throws UcwaPayloadException for anything but a batch of well-formed requests, with its {@code Kind} and
     *     where: {@code Content-Type}, {@code part 3}, {@code part 3, line 2} (lines counted from the line after
     *     the part's delimiter), or none for the body as a whole
     */
    public static BatchRequest parse(byte[] body, String contentType, BatchLimits limits) {
        List<UcwaRequest> requests = new ArrayList<>();
        String host = null;
        for (HttpPart part : BatchBodies.parts(body, contentType, MSGTYPE, limits)) {
            HeaderLine partHost = hostOf(part, host);
            host = host == null ? partHost.value() : host;
            requests.add(request(part, partHost));
        }
        return new BatchRequest(host, List.copyOf(requests));
    }

    private static HeaderLine hostOf(HttpPart part, String batchHost) {
        HeaderLine found = null;
        for (HeaderLine header : part.headers()) {
            if (header.name().equalsIgnoreCase("Host")) {
                if (found != null) {
                    throw new UcwaPayloadException(Kind.DUPLICATE, "Host is given twice", part.location(header.line()));
                }
                found = header;
            }
        }
        if (found == null) {
            throw new UcwaPayloadException(Kind.MISSING_VALUE, "the request has no Host header", part.location());
        }
        if (batchHost != null && !found.value().equalsIgnoreCase(batchHost)) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "the Host " + UcwaPayloadException.quote(found.value())
                    + " is not the batch's, " + UcwaPayloadException.quote(batchHost) + " (part 1)",
                    part.location(found.line()));
        }
        return found;
    }

    private static UcwaRequest request(HttpPart part, HeaderLine host) {
        StartLines.RequestLine line = StartLines.request(part);
        UcwaRequest.Builder request = UcwaRequest.builder(line.method(), line.target());
        byte[] body = part.body();
        boolean hasBody = part.lengthGiven() || body.length > 0;
        if (!line.method().takesBody()) {
            if (!onlyLineBreaks(body)) {
                throw new UcwaPayloadException(Kind.INVALID_VALUE, "a " + line.method() + " request has no body, this"
                        + " one has " + body.length + " bytes", part.location());
            }
            hasBody = false;
        }
        Map<String, HeaderLine> seen = new HashMap<>();
        boolean contentType = false;
        for (HeaderLine header : part.headers()) {
            if (header == host) {
                continue;
            }
            HeaderLine before = seen.putIfAbsent(header.name().toLowerCase(Locale.ROOT), header);
            if (before != null) {
                throw new UcwaPayloadException(Kind.DUPLICATE, header.name() + " is given twice (line "
                        + before.line() + ")", part.location(header.line()));
            }
            if (hasBody && header.name().equalsIgnoreCase(UcwaRequest.CONTENT_TYPE)) {
                request.body(body, header.value());
                contentType = true;
            } else {
                request.header(header.name(), header.value());
            }
        }
        if (hasBody && !contentType) {
            throw new UcwaPayloadException(Kind.MISSING_VALUE, "the request has a body of " + body.length
                    + " bytes and no Content-Type", part.location());
        }
        return request.build();
    }

    private static boolean onlyLineBreaks(byte[] body) {
        for (byte b : body) {
            if (b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * The request target of an href: the href itself when it is a path; when it is a URL on the batch's host, what
     * follows the host (its path and query, as written), without a fragment.
     */
    private String target(String href, String location) {
        String target = href;
        if (!href.startsWith("/")) {
            boolean url = href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8);
            if (!url) {
                throw new UcwaPayloadException("an href in a batch is a path from the host ('/ucwa/...') or an"
                        + " http(s) URL, not " + UcwaPayloadException.quote(href), location);
            }
            int authorityStart = href.indexOf("//") + 2;
            int authorityEnd = authorityStart;
            while (authorityEnd < href.length() && "/?#".indexOf(href.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
            String authority = href.substring(authorityStart, authorityEnd);
            if (!authority.equalsIgnoreCase(host)) {
                throw new UcwaPayloadException("the href " + UcwaPayloadException.quote(href) + " is not on the"
                        + " batch's host " + UcwaPayloadException.quote(host), location);
            }
            int fragment = href.indexOf('#', authorityEnd);
            target = href.substring(authorityEnd, fragment < 0 ? href.length() : fragment);
            target = target.startsWith("/") ? target : "/" + target;
        }
        for (int i = 0; i < target.length(); i++) {
            if (!HttpSyntax.isTargetChar(target.charAt(i))) {
                throw new UcwaPayloadException(String.format("the href holds U+%04X at index %d (a space or a"
                        + " character outside visible ASCII): %s", (int) target.charAt(i), i,
                        UcwaPayloadException.quote(href)), location);
            }
        }
        return target;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchRequest other && host.equals(other.host) && requests.equals(other.requests);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, requests);
    }

    @Override
    public String toString() {
        return "BatchRequest{host=" + host + ", requests=" + requests + "}";
    }
}
