package io.github.ucwakit.runtime.batch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes HTTP messages as the parts of a {@code multipart/batching} body: each part is
 * {@code Content-Type: application/http; msgtype=...}, a blank line and the message; lines end with CRLF. The
 * boundary comes from a {@link BoundarySource} and is refused while it occurs anywhere in a part, searched in time
 * linear in the parts (Knuth-Morris-Pratt).
 */
final class MultipartWriter {

    private MultipartWriter() {}

    /**
     * @param messages the HTTP messages, each whole (start line, headers, blank line, body)
     * @param msgtype {@code request} or {@code response}
     */
    static MultipartBody write(List<byte[]> messages, String msgtype, BoundarySource boundaries) {
        Objects.requireNonNull(boundaries, "boundaries");
        byte[] partHeader = ("Content-Type: application/http; msgtype=" + msgtype + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = new ArrayList<>();
        List<ByteBuffer> views = new ArrayList<>();
        for (byte[] message : messages) {
            byte[] part = new byte[partHeader.length + message.length];
            System.arraycopy(partHeader, 0, part, 0, partHeader.length);
            System.arraycopy(message, 0, part, partHeader.length, message.length);
            parts.add(part);
            views.add(ByteBuffer.wrap(part).asReadOnlyBuffer());
        }
        String boundary = boundary(parts, List.copyOf(views), boundaries);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(delimiter);
            out.writeBytes(crlf());
            out.writeBytes(part);
            out.writeBytes(crlf());
        }
        out.writeBytes(delimiter);
        out.writeBytes("--\r\n".getBytes(StandardCharsets.US_ASCII));
        return new MultipartBody(boundary, out.toByteArray());
    }

    private static String boundary(List<byte[]> parts, List<ByteBuffer> views, BoundarySource boundaries) {
        for (int attempt = 0; attempt < BoundarySource.MAX_ATTEMPTS; attempt++) {
            String candidate = Objects.requireNonNull(boundaries.boundary(views, attempt), "boundary");
            String problem = HttpSyntax.boundaryProblem(candidate);
            if (problem != null) {
                throw new IllegalArgumentException("the boundary source gave " + candidate + ": " + problem);
            }
            byte[] pattern = candidate.getBytes(StandardCharsets.US_ASCII);
            if (parts.stream().noneMatch(part -> occurs(pattern, part))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the boundary source gave " + BoundarySource.MAX_ATTEMPTS
                + " boundaries that each occur in a part");
    }

    /** Whether a pattern occurs in a text, in time linear in the text (Knuth-Morris-Pratt). */
    static boolean occurs(byte[] pattern, byte[] text) {
        int[] fallback = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            fallback[i] = k;
        }
        for (int i = 0, k = 0; i < text.length; i++) {
            while (k > 0 && text[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (text[i] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return true;
            }
        }
        return false;
    }

    private static byte[] crlf() {
        return new byte[] {'\r', '\n'};
    }
}
