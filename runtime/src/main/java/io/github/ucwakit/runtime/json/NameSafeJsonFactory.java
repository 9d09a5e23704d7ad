package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A {@link JsonFactory} whose parsers read member names in time proportional to their length whatever names a sender
 * chose, and still read UTF-8 bytes with Jackson's byte parser, which refuses malformed UTF-8 where it stands.
 *
 * <p>Jackson canonicalizes member names in a symbol table, whose hash of a name longer than twelve bytes adds most of
 * its 4-byte groups up without mixing: names built of the same groups in other orders share a slot, and a sender who
 * chooses such names makes each lookup walk all the others (2 MB of them took 16 times as long as 512 KiB). With
 * canonicalization off, Jackson itself reads bytes through a JDK {@code InputStreamReader}, which replaces malformed
 * UTF-8 instead of refusing it. So this factory builds the byte parser itself, in two kinds:
 * <ul>
 *   <li>{@link #createParser} gives parsers with Jackson's placeholder table, which finds nothing and keeps nothing:
 *       each name is a new string. Their root table is never written to, which the placeholder needs: it looks names
 *       up in the root's arrays without the bounds a real table has.</li>
 *   <li>{@link #readSharingNames} reads first with a parser whose symbol table, of a root of its own, gives names
 *       seen before as the same strings (a conversation read allocates about a quarter less), bounded: past
 *       {@value BoundedNamesParser#MAX_BUCKETS} buckets it throws {@link NameTableFull}, and the document is read
 *       again with a parser of the first kind, so the work is at most about twice the document's.</li>
 * </ul>
 * Input that is not UTF-8 (UTF-16 or UTF-32, told by its first bytes) goes to Jackson's own detection, without a
 * table. Thread-safe.
 */
public final class NameSafeJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;
    /** How many bytes tell UTF-8 from UTF-16 and UTF-32. */
    private static final int SIGNATURE = 4;

    /** The root of the shared-names parsers' tables, apart from the placeholders' root, which must stay empty. */
    private final transient ByteQuadsCanonicalizer sharedNames = ByteQuadsCanonicalizer.createRoot();

    NameSafeJsonFactory(JsonFactoryBuilder builder) {
        super(builder.disable(Feature.CANONICALIZE_FIELD_NAMES).disable(Feature.INTERN_FIELD_NAMES));
    }

    private NameSafeJsonFactory(NameSafeJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new NameSafeJsonFactory(this, null);
    }

    /**
     * Reads a whole document with {@code read}, first through a parser that shares its names in a table, then, if
     * the names outgrow the table ({@link NameTableFull}), again through one that keeps none.
     */
    public <T> T readSharingNames(byte[] document, Function<JsonOpener, T> read) {
        try {
            return read.apply(() -> createSharedNamesParser(document));
        } catch (NameTableFull full) {
            return read.apply(() -> createParser(document));
        }
    }

    /**
     * A parser over a whole document that shares its names in a table, up to a bound: reading with it may throw
     * {@link NameTableFull}, and the caller then reads with {@link #createParser(byte[])}.
     */
    JsonParser createSharedNamesParser(byte[] document) throws IOException {
        if (!isUtf8(document, 0, document.length)) {
            return createParser(document);
        }
        _streamReadConstraints.validateDocumentLength(document.length);
        IOContext context = _createContext(_createContentReference(document), true);
        int bom = utf8Bom(document, 0, document.length);
        // a spill-over area full of colliding names makes the table double instead of failing: the parser then
        // sees it outgrow its bound and throws NameTableFull, so that the document is read again without a table
        int features = _factoryFeatures & ~Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW.getMask();
        return new BoundedNamesParser(context, _parserFeatures, _objectCodec, sharedNames.makeChild(features),
                document, bom, document.length, bom);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        if (!isUtf8(data, offset, offset + length)) {
            return super._createParser(data, offset, length, context);
        }
        _streamReadConstraints.validateDocumentLength(length);
        int bom = utf8Bom(data, offset, offset + length);
        return new UTF8StreamJsonParser(context, _parserFeatures, null, _objectCodec,
                _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), data, offset + bom, offset + length,
                bom, false);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        byte[] buffer = context.allocReadIOBuffer();
        int end = 0;
        int read;
        while (end < SIGNATURE && (read = in.read(buffer, end, buffer.length - end)) > 0) {
            end += read;
        }
        if (!isUtf8(buffer, 0, end)) {
            byte[] start = Arrays.copyOf(buffer, end);
            context.releaseReadIOBuffer(buffer);
            return super._createParser(new SequenceInputStream(new ByteArrayInputStream(start), in), context);
        }
        int bom = utf8Bom(buffer, 0, end);
        return new UTF8StreamJsonParser(context, _parserFeatures, in, _objectCodec,
                _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), buffer, bom, end, bom, true);
    }

    /** Whether the document is UTF-8 as RFC 8259 says: no NUL among its first two bytes, no UTF-16 byte order mark. */
    private static boolean isUtf8(byte[] data, int start, int end) {
        if (end - start < 2) {
            return true;
        }
        int first = data[start] & 0xff;
        int second = data[start + 1] & 0xff;
        return first != 0 && second != 0 && !(first == 0xfe && second == 0xff) && !(first == 0xff && second == 0xfe);
    }

    /** The length of a UTF-8 byte order mark at {@code start}: 3 or 0. */
    private static int utf8Bom(byte[] data, int start, int end) {
        return end - start >= 3 && (data[start] & 0xff) == 0xef && (data[start + 1] & 0xff) == 0xbb
                && (data[start + 2] & 0xff) == 0xbf ? 3 : 0;
    }
}
