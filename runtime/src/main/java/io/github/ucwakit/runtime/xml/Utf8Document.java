package io.github.ucwakit.runtime.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A document being written, held as UTF-8 bytes until it is complete: a {@link Writer} that encodes as it goes
 * into one growing array, without the buffers of an {@link java.io.OutputStreamWriter} over a
 * {@link java.io.ByteArrayOutputStream}. A lone surrogate is written as {@code ?}, as the JDK's encoder does.
 * Not thread-safe.
 */
public final class Utf8Document extends Writer {

    private static final int INITIAL_CAPACITY = 2048;
    private static final int SURROGATE_PAIR_BYTES = 4;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;
    private char highSurrogate;

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        int end = offset + length;
        ensure(length);
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && highSurrogate == 0) {
                if (size == bytes.length) {
                    ensure(end - i);
                }
                bytes[size++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    /** Writes the document to a stream. */
    public void writeTo(OutputStream out) throws IOException {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            ensure(1);
            bytes[size++] = '?';
        }
        out.write(bytes, 0, size);
    }

    @Override
    public void flush() {
        // held until writeTo
    }

    @Override
    public void close() {
        // held until writeTo
    }

    private void put(char c) {
        ensure(SURROGATE_PAIR_BYTES);
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | code >> 18);
                bytes[size++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            bytes[size++] = '?';
            ensure(SURROGATE_PAIR_BYTES);
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
