package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ucwakit.runtime.DataHrefs;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Finds the top-level {@code rel} of a JSON object before the object is read, so that the binding can be chosen
 * by it. When {@code rel} is the first member nothing is buffered; otherwise the members before it are buffered
 * in a {@link TokenBuffer} and replayed ahead of the rest of the stream.
 */
final class RelLocator {

    private RelLocator() {}

    /**
     * A reader over the object whose opening brace the parser stands on, its rel already known.
     *
     * @param dataHrefs whether {@code data:} hrefs are decoded as they are read or only when asked
     */
    static JsonResourceReader open(JsonParser parser, DataHrefs dataHrefs) throws IOException {
        JsonResourceReader.requireObject(parser);
        Supplier<String> root = () -> JsonPaths.ROOT;
        if ("rel".equals(JsonErrors.nextName(parser, root))) {
            return JsonResourceReader.inObject(parser, relValue(parser), dataHrefs);
        }
        TokenBuffer buffer = new TokenBuffer(parser, null);
        buffer.writeStartObject();
        while (parser.currentToken() == JsonToken.FIELD_NAME) {
            if ("rel".equals(parser.currentName())) {
                String rel = relValue(parser);
                JsonParser replay = JsonParserSequence.createFlattened(false, replay(buffer), parser);
                return JsonResourceReader.inObject(replay, rel, dataHrefs);
            }
            buffer.copyCurrentEvent(parser);
            parser.nextToken();
            buffer.copyCurrentStructure(parser);
            JsonErrors.nextName(parser, root);
        }
        buffer.copyCurrentEvent(parser);
        return JsonResourceReader.inObject(replay(buffer), null, dataHrefs);
    }

    private static JsonParser replay(TokenBuffer buffer) throws IOException {
        JsonParser replay = buffer.asParser();
        replay.nextToken();
        return replay;
    }

    private static String relValue(JsonParser parser) throws IOException {
        parser.nextToken();
        return JsonScalars.string(parser, () -> JsonPaths.member(JsonPaths.ROOT, "rel"), -1);
    }
}
