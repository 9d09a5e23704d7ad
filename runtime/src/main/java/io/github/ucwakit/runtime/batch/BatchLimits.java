package io.github.ucwakit.runtime.batch;

import java.util.Objects;

/**
 * How much a batch parser accepts before it gives up with
 * {@link io.github.ucwakit.runtime.UcwaPayloadException.Kind#LIMIT_EXCEEDED}: the size of the whole batch body in
 * bytes, the number of parts, the length of one header line (a request or status line included) and the number of
 * header lines of one part. Immutable; change a value with a {@code with} method.
 */
public final class BatchLimits {

    private static final BatchLimits DEFAULTS = new BatchLimits(16L * 1024 * 1024, 1000, 8 * 1024, 100);

    private final long maxBodySize;
    private final int maxParts;
    private final int maxHeaderLineLength;
    private final int maxHeaderLines;

    private BatchLimits(long maxBodySize, int maxParts, int maxHeaderLineLength, int maxHeaderLines) {
        if (maxBodySize <= 0) {
            throw new IllegalArgumentException("maxBodySize must be positive: " + maxBodySize);
        }
        this.maxBodySize = maxBodySize;
        this.maxParts = positive(maxParts, "maxParts");
        this.maxHeaderLineLength = positive(maxHeaderLineLength, "maxHeaderLineLength");
        this.maxHeaderLines = positive(maxHeaderLines, "maxHeaderLines");
    }

    /** Bodies of 16 MiB, 1000 parts, header lines of 8 KiB, 100 header lines per part. */
    public static BatchLimits defaults() {
        return DEFAULTS;
    }

    /** The largest batch body, in bytes. */
    public long maxBodySize() {
        return maxBodySize;
    }

    public int maxParts() {
        return maxParts;
    }

    /** The longest header, request or status line, in bytes, without its line break. */
    public int maxHeaderLineLength() {
        return maxHeaderLineLength;
    }

    /** The most header lines of one part: its MIME headers and its HTTP message's headers together. */
    public int maxHeaderLines() {
        return maxHeaderLines;
    }

    public BatchLimits withMaxBodySize(long size) {
        return new BatchLimits(size, maxParts, maxHeaderLineLength, maxHeaderLines);
    }

    public BatchLimits withMaxParts(int parts) {
        return new BatchLimits(maxBodySize, parts, maxHeaderLineLength, maxHeaderLines);
    }

    public BatchLimits withMaxHeaderLineLength(int length) {
        return new BatchLimits(maxBodySize, maxParts, length, maxHeaderLines);
    }

    public BatchLimits withMaxHeaderLines(int lines) {
        return new BatchLimits(maxBodySize, maxParts, maxHeaderLineLength, lines);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchLimits other
                && maxBodySize == other.maxBodySize
                && maxParts == other.maxParts
                && maxHeaderLineLength == other.maxHeaderLineLength
                && maxHeaderLines == other.maxHeaderLines;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxBodySize, maxParts, maxHeaderLineLength, maxHeaderLines);
    }

    @Override
    public String toString() {
        return "BatchLimits{maxBodySize=" + maxBodySize + ", maxParts=" + maxParts + ", maxHeaderLineLength="
                + maxHeaderLineLength + ", maxHeaderLines=" + maxHeaderLines + "}";
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
