package io.github.ucwakit.runtime.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream a JSON generator writes a document to, so that nothing reaches the real stream before the document
 * is complete: until {@link #commit()} whatever the generator hands over (only when its own buffer fills, for a
 * large document) is held here; after it, bytes go straight through. A small document thus reaches the stream
 * in one write from the generator's recycled buffer, with no copy. Not thread-safe.
 */
final class DeferredOutput extends OutputStream {

    private final OutputStream out;
    private ByteArrayOutputStream held;
    private boolean committed;

    DeferredOutput(OutputStream out) {
        this.out = out;
    }

    /** The document is complete: what was held goes to the stream, and so does everything written from now on. */
    void commit() throws IOException {
        committed = true;
        if (held != null) {
            held.writeTo(out);
            held = null;
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (committed) {
            out.write(b);
        } else {
            held().write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (committed) {
            out.write(bytes, offset, length);
        } else {
            held().write(bytes, offset, length);
        }
    }

    @Override
    public void flush() throws IOException {
        if (committed) {
            out.flush();
        }
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    private ByteArrayOutputStream held() {
        if (held == null) {
            held = new ByteArrayOutputStream();
        }
        return held;
    }
}
