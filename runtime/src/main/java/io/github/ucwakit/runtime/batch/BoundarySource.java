package io.github.ucwakit.runtime.batch;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where the boundary of a written batch comes from. The writer asks for a candidate, refuses one that occurs
 * anywhere in a part (and asks again, up to {@link #MAX_ATTEMPTS} times) or that RFC 2046 does not allow (1 to 70
 * of its characters, not ending in a space), so a boundary never cuts a body short, whatever the source.
 *
 * <p>The default, {@link #contentDigest()}, is deterministic: the same parts give the same bytes on every machine.
 */
@FunctionalInterface
public interface BoundarySource {

    /** How many candidates the writer asks for before it gives up with an {@link IllegalStateException}. */
    int MAX_ATTEMPTS = 8;

    /**
     * A candidate boundary.
     *
     * @param parts the parts about to be written, each as its bytes (read-only), in order
     * @param attempt 0 for the first candidate, one more for each candidate refused because it occurs in a part
     */
    String boundary(List<ByteBuffer> parts, int attempt);

    /**
     * {@code batch_} and 32 hexadecimal digits of the SHA-256 of the parts and the attempt: the same parts give the
     * same boundary, and no part can hold the digest of itself by chance.
     */
    static BoundarySource contentDigest() {
        return (parts, attempt) -> {
            MessageDigest sha = sha256();
            for (ByteBuffer part : parts) {
                ByteBuffer bytes = part.duplicate();
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(0, bytes.remaining()));
                sha.update(bytes);
            }
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(0, attempt));
            byte[] digest = sha.digest();
            return "batch_" + HexFormat.of().formatHex(digest, 0, 16);
        };
    }

    /** A random UUID for every candidate, as the reference's own samples use ({@link UUID#randomUUID()}). */
    static BoundarySource randomUuid() {
        return uuids(UUID::randomUUID);
    }

    /** A UUID from the caller's source for every candidate (a seeded one makes the output repeatable). */
    static BoundarySource uuids(Supplier<UUID> uuids) {
        Objects.requireNonNull(uuids, "uuids");
        return (parts, attempt) -> uuids.get().toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
