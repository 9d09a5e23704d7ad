package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What reading a request batch and a response batch share: the size limit, the {@code Content-Type} with its
 * boundary, the cut into parts and the reading of each part.
 */
final class BatchBodies {

    /** The location of a failure in the {@code Content-Type} header value. */
    static final String CONTENT_TYPE = "Content-Type";

    private BatchBodies() {}

    /** The parts of a batch body, each read, in order. */
    static List<HttpPart> parts(byte[] body, String contentType, String msgtype, BatchLimits limits) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(limits, "limits");
        checkSize(body.length, limits);
        String boundary = boundary(contentType);
        List<HttpPart> parts = new ArrayList<>();
        for (MultipartScanner.RawPart raw : MultipartScanner.split(body, boundary, limits)) {
            parts.add(PartReader.read(body, raw, msgtype, limits));
        }
        return parts;
    }

    /** Reads a stream to its end, refusing more bytes than the limit before holding them all. */
    static byte[] readAll(InputStream in, BatchLimits limits) {
        Objects.requireNonNull(in, "in");
        long max = Math.min(limits.maxBodySize(), Integer.MAX_VALUE - 16);
        try {
            byte[] bytes = in.readNBytes((int) max + 1);
            checkSize(bytes.length, limits);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkSize(long size, BatchLimits limits) {
        if (size > limits.maxBodySize()) {
            throw new UcwaPayloadException(Kind.LIMIT_EXCEEDED, "a batch body of more than "
                    + limits.maxBodySize() + " bytes", null);
        }
    }

    /** The boundary a {@code multipart/batching} Content-Type names. */
    private static String boundary(String contentType) {
        MediaType type = MediaType.parse(contentType, CONTENT_TYPE);
        if (!type.essence().equals(MultipartBody.MEDIA_TYPE)) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, "the batch is "
                    + UcwaPayloadException.quote(type.essence()) + ", not " + MultipartBody.MEDIA_TYPE, CONTENT_TYPE);
        }
        String boundary = type.parameter("boundary").orElseThrow(() -> new UcwaPayloadException(
                Kind.MISSING_VALUE, "no boundary parameter in " + UcwaPayloadException.quote(contentType),
                CONTENT_TYPE));
        String problem = HttpSyntax.boundaryProblem(boundary);
        if (problem != null) {
            throw new UcwaPayloadException(Kind.INVALID_VALUE, problem + ": "
                    + UcwaPayloadException.quote(boundary), CONTENT_TYPE);
        }
        return boundary;
    }
}
