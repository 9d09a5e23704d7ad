package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;

/**
 * Jackson's byte parser with a symbol table, which gives names seen before as the same strings, but which throws
 * {@link NameTableFull} once the document's names make the table grow past {@link #MAX_BUCKETS} buckets: past that,
 * names built to share a slot would make each lookup walk the others, so the caller reads the document again
 * without a table. Every name passes through {@link #nextToken}, {@link #nextFieldName()} or
 * {@link #nextFieldName(SerializableString)}, which check the table. A parser that threw keeps its table out of the
 * root when closed (Jackson merges a child's table into the root on close), so the root, which every later parser's
 * table starts from, never grows past the bound either.
 */
final class BoundedNamesParser extends UTF8StreamJsonParser {

    /**
     * The table doubles when half full: 2,048 buckets hold up to 1,024 names, more than a UCWA document brings (a
     * resource has a few dozen, an event-channel answer a few hundred).
     */
    static final int MAX_BUCKETS = 2048;

    private boolean full;

    BoundedNamesParser(IOContext context, int features, ObjectCodec codec, ByteQuadsCanonicalizer names,
            byte[] document, int start, int end, int skipped) {
        super(context, features, null, codec, names, document, start, end, skipped, false);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            check();
        }
        return token;
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = super.nextFieldName();
        if (name != null) {
            check();
        }
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
        boolean matched = super.nextFieldName(expected);
        if (_currToken == JsonToken.FIELD_NAME) {
            check();
        }
        return matched;
    }

    /** Closes the parser; one whose table outgrew the bound leaves its buffers to the garbage collector instead. */
    @Override
    public void close() throws IOException {
        if (full) {
            _closed = true;
            return;
        }
        super.close();
    }

    private void check() {
        if (_symbols.bucketCount() > MAX_BUCKETS) {
            full = true;
            throw new NameTableFull(MAX_BUCKETS);
        }
    }
}
