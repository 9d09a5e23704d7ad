package io.github.ucwakit.benchmarks.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of one document while a StAX writer produces them, handed to the caller's stream in one write.
 *
 * <p>The JDK's {@code XMLStreamWriter}, made for an {@link OutputStream} and UTF-8, encodes every character by a
 * call of its own to the stream's {@code write(int)}. A {@link java.io.ByteArrayOutputStream} (or a
 * {@link java.io.BufferedOutputStream}) takes a lock in each of those calls, which costs more than the whole rest
 * of the write. Code that writes XML for speed gives the writer a plain buffer instead; the hand-written StAX
 * codecs keep one per instance and reuse it, as the generated bindings and JAXB keep their own output buffers.
 * Not thread-safe.
 */
public final class DocumentBuffer extends OutputStream {

    private static final int INITIAL_CAPACITY = 8192;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;

    /** Forgets the document written so far, keeping the array. */
    public void reset() {
        size = 0;
    }

    /** The number of bytes written since the last {@link #reset()}. */
    public int size() {
        return size;
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        if (size + length > bytes.length) {
            grow(length);
        }
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** Writes the document to a stream in one call. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
