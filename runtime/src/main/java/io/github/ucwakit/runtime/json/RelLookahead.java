package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.ResourceReader;
import java.io.IOException;
import java.util.function.Function;

/**
 * Finds the rel of an object inside a document held in memory by skimming the document a second time from the
 * object's opening brace, instead of buffering the members before a late {@code rel} (as {@link JsonFormat} does
 * for a stream). Skimming skips values without decoding them. When it cannot tell (the parser gives no byte
 * offset, the object is malformed, its rel is not a string), reading falls back to {@link JsonFormat#read}, which
 * reports any error. When the caller can guess the rel ({@link #read(JsonParser, String, Function, DataHrefs)}),
 * nothing is skimmed unless the guess is wrong; then only that object is read again, so that a document of many
 * objects whose rels are late, missing or not their keys still costs time in proportion to its size. Thread-safe.
 */
public final class RelLookahead {

    /** What {@link #skim} returns when it cannot tell the rel. */
    private static final String UNKNOWN = new String("unknown");

    private final JsonFactory factory;
    private final byte[] document;

    private RelLookahead(JsonFactory factory, byte[] document) {
        this.factory = factory;
        this.document = document;
    }

    /** A lookahead over a UTF-8 document, skimmed with parsers of the factory that reads it. */
    public static RelLookahead over(JsonFactory factory, byte[] document) {
        return new RelLookahead(factory, document);
    }

    /**
     * Reads the object the parser stands on (parsing the same document) with {@code body}, as
     * {@link JsonFormat#read(JsonParser, Function, DataHrefs)} does, the reader knowing the rel before the first member.
     */
    public <T> T read(JsonParser parser, Function<? super ResourceReader, ? extends T> body, DataHrefs dataHrefs)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return JsonFormat.read(parser, body, dataHrefs);
        }
        String rel = skim(parser.currentTokenLocation());
        if (rel == UNKNOWN) {
            return JsonFormat.read(parser, body, dataHrefs);
        }
        JsonResourceReader reader = JsonResourceReader.withRelAhead(parser, rel, dataHrefs);
        T result = body.apply(reader);
        reader.skipToEnd();
        return result;
    }

    /**
     * Reads the object the parser stands on with {@code body} as {@link #read(JsonParser, Function, DataHrefs)}
     * does, but first takes its rel to be {@code likelyRel}, which costs nothing more when it is right. When the
     * {@code rel} member says otherwise, the object has none, or the read fails before the {@code rel} member
     * confirmed the guess, the object is read again by a parser over the object alone while the given one moves on
     * to its closing brace: the result, or the failure, is the one the guess-free read gives.
     *
     * @return what {@code body} returned, and the parser to go on reading the document with (the given one, or the
     *     one that replaced it after a wrong guess; the given one is then closed)
     */
    public <T> Read<T> read(JsonParser parser, String likelyRel, Function<? super ResourceReader, ? extends T> body,
            DataHrefs dataHrefs) throws IOException {
        long offset = parser.currentToken() == JsonToken.START_OBJECT
                ? parser.currentTokenLocation().getByteOffset() : -1;
        if (likelyRel == null || offset < 0 || offset >= document.length) {
            return new Read<>(read(parser, body, dataHrefs), parser);
        }
        JsonResourceReader reader = JsonResourceReader.withRelGuess(parser, likelyRel, dataHrefs);
        try {
            T result = body.apply(reader);
            reader.skipToEnd();
            return new Read<>(result, parser);
        } catch (NameTableFull full) {
            throw full;
        } catch (RuntimeException e) {
            if (reader.relCertain()) {
                throw e;
            }
        }
        Read<T> alone = readAlone(parser, offset, body, dataHrefs);
        if (alone != null) {
            return alone;
        }
        JsonParser fromStart = reopenAt(offset);
        parser.close();
        return new Read<>(read(fromStart, body, dataHrefs), fromStart);
    }

    /**
     * After a wrong guess, reads the object again with a parser over the document from its opening brace only (so
     * the work is the object's size, not the document's up to it), and moves {@code parser} on to the object's
     * closing brace. {@code null} when that read fails, or moving on does (a limit that only the whole document
     * reaches, such as nesting depth): the object is then read with the document's own context, once, since it
     * fails again and ends the document.
     */
    private <T> Read<T> readAlone(JsonParser parser, long offset, Function<? super ResourceReader, ? extends T> body,
            DataHrefs dataHrefs) {
        T value;
        long end;
        try (JsonParser alone = factory.createParser(document, (int) offset, document.length - (int) offset)) {
            alone.nextToken();
            value = JsonFormat.read(alone, body, dataHrefs);
            if (alone.currentToken() != JsonToken.END_OBJECT) {
                return null;
            }
            end = offset + alone.currentTokenLocation().getByteOffset();
        } catch (NameTableFull full) {
            throw full;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            while (parser.currentToken() != JsonToken.END_OBJECT
                    || parser.currentTokenLocation().getByteOffset() != end) {
                if (parser.nextToken() == null) {
                    return null;
                }
            }
        } catch (NameTableFull full) {
            throw full;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new Read<>(value, parser);
    }

    /**
     * A new parser over the document standing on the opening brace at {@code offset}, which a parser of the same
     * factory has reached: the tokens before it parse again the same way, leaving the same context behind.
     */
    private JsonParser reopenAt(long offset) throws IOException {
        JsonParser again = factory.createParser(document);
        for (JsonToken token = again.nextToken(); token != null; token = again.nextToken()) {
            if (token == JsonToken.START_OBJECT && again.currentTokenLocation().getByteOffset() == offset) {
                return again;
            }
        }
        again.close();
        throw new IllegalStateException("no object starts at byte " + offset + " of the document");
    }

    /**
     * What a read returned and the parser that goes on reading the document.
     *
     * @param value what the body returned
     * @param parser the parser standing on the object's closing brace
     * @param <T> the type of the value
     */
    public record Read<T>(T value, JsonParser parser) {}

    /** The string rel of the object at the location, {@code null} when it has none, or {@link #UNKNOWN}. */
    private String skim(JsonLocation location) {
        long offset = location.getByteOffset();
        if (offset < 0 || offset >= document.length || document[(int) offset] != '{') {
            return UNKNOWN;
        }
        try (JsonParser skimmer = factory.createParser(document, (int) offset, document.length - (int) offset)) {
            skimmer.nextToken();
            for (JsonToken token = skimmer.nextToken(); token == JsonToken.FIELD_NAME; token = skimmer.nextToken()) {
                JsonToken value = skimmer.nextToken();
                if ("rel".equals(skimmer.currentName())) {
                    return value == JsonToken.VALUE_STRING ? skimmer.getText() : UNKNOWN;
                }
                skimmer.skipChildren();
            }
            return skimmer.currentToken() == JsonToken.END_OBJECT ? null : UNKNOWN;
        } catch (NameTableFull full) {
            throw full;
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }
}
