package io.github.ucwakit.runtime;

import java.util.Objects;

/**
 * How much a reader accepts before it gives up with {@link UcwaPayloadException.Kind#LIMIT_EXCEEDED}, so that a
 * hostile payload cannot exhaust memory or the stack. Immutable; change a value with a {@code with} method.
 *
 * <ul>
 *   <li>nesting depth: JSON objects and arrays, or XML elements, inside one another (the root counts as 1);</li>
 *   <li>string length, in characters: a JSON string, an XML text or attribute value (a JSON member name is held to
 *       Jackson's own limit of 50,000 characters, or to this one when smaller);</li>
 *   <li>number length, in characters: a JSON number;</li>
 *   <li>document size: bytes of a {@code byte[]} or stream, characters of a {@code String};
 *       {@link #NO_LIMIT} for none.</li>
 * </ul>
 */
public final class ReadLimits {

    /** A document size meaning "no limit". */
    public static final long NO_LIMIT = Long.MAX_VALUE;

    private static final ReadLimits DEFAULTS = new ReadLimits(100, 10 * 1024 * 1024, 1000, 16L * 1024 * 1024);

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final long maxDocumentSize;

    private ReadLimits(int maxDepth, int maxStringLength, int maxNumberLength, long maxDocumentSize) {
        this.maxDepth = positive(maxDepth, "maxDepth");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        if (maxDocumentSize <= 0) {
            throw new IllegalArgumentException("maxDocumentSize must be positive: " + maxDocumentSize);
        }
        this.maxDocumentSize = maxDocumentSize;
    }

    /** Depth 100, strings of 10 MiB characters, numbers of 1000 characters, documents of 16 MiB. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxStringLength() {
        return maxStringLength;
    }

    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** The largest document read, or {@link #NO_LIMIT}. */
    public long maxDocumentSize() {
        return maxDocumentSize;
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentSize);
    }

    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDepth, length, maxNumberLength, maxDocumentSize);
    }

    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDepth, maxStringLength, length, maxDocumentSize);
    }

    /** A limit on the document's size; {@link #NO_LIMIT} for none. */
    public ReadLimits withMaxDocumentSize(long size) {
        return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadLimits other
                && maxDepth == other.maxDepth
                && maxStringLength == other.maxStringLength
                && maxNumberLength == other.maxNumberLength
                && maxDocumentSize == other.maxDocumentSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDepth, maxStringLength, maxNumberLength, maxDocumentSize);
    }

    @Override
    public String toString() {
        return "ReadLimits{maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength + ", maxNumberLength="
                + maxNumberLength + ", maxDocumentSize=" + (maxDocumentSize == NO_LIMIT ? "none" : maxDocumentSize)
                + "}";
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
