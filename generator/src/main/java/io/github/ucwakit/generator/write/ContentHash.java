package io.github.ucwakit.generator.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests written as lower-case hex, the way the state file records contents: plain digests of files, and
 * digests of several parts added one after the other.
 */
public final class ContentHash {

    /** Looking a digest up by name searches the security providers: done once, then the prototype is cloned. */
    private static final MessageDigest PROTOTYPE = lookUp();

    private final MessageDigest digest = newDigest();

    /** The plain digest of {@code bytes}, as {@code sha256sum} prints it. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** The digest of {@code text} in UTF-8. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds bytes, prefixed with their length so that consecutive parts cannot run into each other. */
    public ContentHash add(byte[] bytes) {
        int length = bytes.length;
        digest.update(new byte[] {
            (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
        return this;
    }

    /** Adds text in UTF-8, prefixed with its length. */
    public ContentHash add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of everything added; the hash cannot be used afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
