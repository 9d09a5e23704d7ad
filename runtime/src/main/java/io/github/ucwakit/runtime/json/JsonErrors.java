package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Turns Jackson failures into {@link UcwaPayloadException}s located by JSON path. */
public final class JsonErrors {

    private JsonErrors() {}

    /**
     * A document Jackson rejected becomes a {@link UcwaPayloadException} at the path the parser had reached (its
     * message keeps Jackson's line and column): {@link Kind#LIMIT_EXCEEDED} for a broken
     * {@link com.fasterxml.jackson.core.StreamReadConstraints constraint}, {@link Kind#MALFORMED} otherwise. A
     * failing stream becomes an {@link UncheckedIOException}.
     *
     * @param parser the parser that was reading, or {@code null}
     * @param fallbackPath where the failure is when the parser cannot tell
     */
    public static RuntimeException wrap(IOException e, JsonParser parser, String fallbackPath) {
        if (e instanceof StreamConstraintsException limit) {
            return new UcwaPayloadException(Kind.LIMIT_EXCEEDED, limit.getOriginalMessage(),
                    parser == null ? fallbackPath : limitPath(parser, fallbackPath), e);
        }
        if (isDuplicate(e)) {
            JsonParser own = parser != null ? parser
                    : ((JsonProcessingException) e).getProcessor() instanceof JsonParser p ? p : null;
            String name = own == null ? "a member" : "'" + own.getParsingContext().getCurrentName() + "'";
            return new UcwaPayloadException(Kind.DUPLICATE, name + " is given twice",
                    own == null ? fallbackPath : JsonPaths.of(own.getParsingContext(), fallbackPath), e);
        }
        String path = parser == null ? fallbackPath : JsonPaths.of(parser.getParsingContext(), fallbackPath);
        if (e instanceof JsonProcessingException malformed) {
            JsonLocation location = malformed.getLocation();
            String where = location == null || location.getLineNr() < 0 ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            return new UcwaPayloadException(Kind.MALFORMED, "malformed JSON: " + malformed.getOriginalMessage()
                    + where, path, e);
        }
        if (e instanceof CharConversionException encoding) {
            return new UcwaPayloadException(Kind.MALFORMED, "malformed JSON: " + encoding.getMessage(), path, e);
        }
        return new UncheckedIOException(e);
    }

    /**
     * Whether Jackson refused a member name given twice in one object (a parser with
     * {@link com.fasterxml.jackson.core.StreamReadFeature#STRICT_DUPLICATE_DETECTION}).
     */
    private static boolean isDuplicate(IOException e) {
        return e instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate ");
    }

    /**
     * Where a limit was broken. Nested too deep, the parser already stands in the new container, so the path is
     * its parent's: the path of the container that went too deep.
     */
    private static String limitPath(JsonParser parser, String fallbackPath) {
        JsonStreamContext context = parser.getParsingContext();
        if (context != null && context.getNestingDepth() > parser.streamReadConstraints().getMaxNestingDepth()) {
            context = context.getParent();
        }
        return JsonPaths.of(context, fallbackPath);
    }

    /**
     * Moves to an object's next member: its name, or {@code null} on the object's closing brace. A failure there
     * lies in the next member: located at that member when Jackson got as far as its name, else at the object.
     */
    static String nextName(JsonParser parser, Supplier<String> objectPath) throws IOException {
        return nextName(parser, null, objectPath);
    }

    /**
     * As {@link #nextName(JsonParser, Supplier)}, trying {@code likely} first (unless {@code null}): Jackson
     * compares its encoded bytes with the input instead of decoding the name and looking it up.
     */
    static String nextName(JsonParser parser, SerializableString likely, Supplier<String> objectPath)
            throws IOException {
        JsonStreamContext context = parser.getParsingContext();
        String before = context == null ? null : context.getCurrentName();
        try {
            if (likely == null) {
                return parser.nextFieldName();
            }
            if (parser.nextFieldName(likely)) {
                return likely.getValue();
            }
            return parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
        } catch (JsonProcessingException e) {
            throw inNextMember(e, parser, context, before, objectPath);
        }
    }

    /**
     * A failure moving to the next member of an object lies in that member: located at it when Jackson got as far
     * as its name (the context names another member than {@code before}), else at the object.
     */
    private static RuntimeException inNextMember(JsonProcessingException e, JsonParser parser,
            JsonStreamContext context, String before, Supplier<String> objectPath) {
        JsonStreamContext now = parser.getParsingContext();
        boolean named = now == context && now != null && now.getCurrentName() != null
                && !now.getCurrentName().equals(before);
        return wrap(e, named ? parser : null, objectPath.get());
    }

    /** As {@link #wrap(IOException, JsonParser, String)}, at {@code path}. */
    public static RuntimeException wrap(IOException e, String path) {
        return wrap(e, null, path);
    }

    /**
     * A value Jackson cannot write (a lone surrogate in a string) becomes {@link Kind#INVALID_VALUE}; a failing
     * stream an {@link UncheckedIOException}.
     */
    static RuntimeException wrapWrite(IOException e) {
        if (e instanceof JsonGenerationException invalid) {
            return new UcwaPayloadException(Kind.INVALID_VALUE, "cannot write JSON: " + invalid.getOriginalMessage(),
                    null, e);
        }
        return new UncheckedIOException(e);
    }
}
