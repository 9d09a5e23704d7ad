package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.ReadLimits;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Wraps a document's input so that reading past the size limit fails with {@link TooLarge}, which the parser
 * reports wrapped in its own exception. The wrapped input cannot be closed by the parser: the caller owns it.
 */
final class DocumentSizeLimit {

    /** Thrown by the input when the document is larger than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit, String unit) {
            super("the document is larger than the limit of " + limit + " " + unit);
        }
    }

    private DocumentSizeLimit() {}

    static InputStream bytes(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public void close() {
                // the caller owns the stream
            }

            private void counted(int n) throws TooLarge {
                count += n;
                if (limit != ReadLimits.NO_LIMIT && count > limit) {
                    throw new TooLarge(limit, "bytes");
                }
            }
        };
    }

    static Reader chars(Reader in, long limit) {
        return new FilterReader(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    counted(1);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public void close() {
                // the caller owns the reader
            }

            private void counted(int n) throws TooLarge {
                count += n;
                if (limit != ReadLimits.NO_LIMIT && count > limit) {
                    throw new TooLarge(limit, "characters");
                }
            }
        };
    }
}
