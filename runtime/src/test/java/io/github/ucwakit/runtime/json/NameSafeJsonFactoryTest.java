package io.github.ucwakit.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link NameSafeJsonFactory} reads what Jackson's own factory reads, from bytes and from streams, in UTF-8 (with or
 * without a byte order mark) and in the encodings Jackson detects; refuses malformed UTF-8 where it stands; enforces
 * the document length; and canonicalizes no name. Its shared-names parsers give a name seen before as the same
 * string, and throw {@link NameTableFull} once a document's names outgrow the table, whose names then stay out of
 * the next parsers' tables.
 */
class NameSafeJsonFactoryTest {

    private static final String DOCUMENT = "{\"rel\":\"conversation\",\"subject\":\"Caf\u00e9 \ud83d\ude00\",\"n\":[1,2]}";
    private static final List<String> TOKENS = List.of("START_OBJECT", "rel", "conversation", "subject",
            "Caf\u00e9 \ud83d\ude00", "n", "START_ARRAY", "1", "2", "END_ARRAY", "END_OBJECT");

    private final NameSafeJsonFactory factory = new NameSafeJsonFactory(new JsonFactoryBuilder());

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void readsBytesAndStreamsInEveryEncodingJacksonDetects(String encoding) throws IOException {
        byte[] bytes = DOCUMENT.getBytes(Charset.forName(encoding));

        assertThat(tokens(factory.createParser(bytes))).containsExactlyElementsOf(TOKENS);
        assertThat(tokens(factory.createParser(new ByteArrayInputStream(bytes)))).containsExactlyElementsOf(TOKENS);
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        byte[] body = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(tokens(factory.createParser(bytes))).containsExactlyElementsOf(TOKENS);
        assertThat(tokens(factory.createParser(new ByteArrayInputStream(bytes)))).containsExactlyElementsOf(TOKENS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "[]", " {} "})
    void readsDocumentsShorterThanTheSignature(String document) throws IOException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

        assertThat(tokens(factory.createParser(new ByteArrayInputStream(bytes))))
                .isEqualTo(tokens(new JsonFactoryBuilder().build().createParser(bytes)));
    }

    @Test
    void refusesMalformedUtf8WhereItStands() throws IOException {
        byte[] bytes = {'{', '"', 'a', '"', ':', '1', ',', '"', 's', '"', ':', '"', 'C', (byte) 0xc3, '(', '"', '}'};

        for (JsonParser parser : List.of(factory.createParser(bytes),
                factory.createParser(new ByteArrayInputStream(bytes)))) {
            assertThatThrownBy(() -> tokens(parser)).isInstanceOf(JsonParseException.class)
                    .hasMessageContaining("Invalid UTF-8");
            assertThat(parser.getParsingContext().getCurrentName()).isEqualTo("s");
        }
    }

    @Test
    void enforcesTheDocumentLength() {
        NameSafeJsonFactory limited = new NameSafeJsonFactory(new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(10).build()));
        byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> tokens(limited.createParser(bytes))).isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> tokens(limited.createParser(new ByteArrayInputStream(bytes))))
                .isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void givesEachNameAStringOfItsOwn() throws IOException {
        byte[] bytes = "[{\"rel\":1},{\"rel\":2}]".getBytes(StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        try (JsonParser parser = factory.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    names.add(parser.currentName());
                }
            }
        }

        assertThat(names).containsExactly("rel", "rel");
        assertThat(names.get(0)).isNotSameAs(names.get(1));
        assertThat(factory.copy()).isInstanceOf(NameSafeJsonFactory.class);
    }

    @Test
    void aSharedNamesParserGivesANameSeenBeforeAsTheSameString() throws IOException {
        byte[] bytes = "[{\"rel\":1},{\"rel\":2}]".getBytes(StandardCharsets.UTF_8);

        List<String> names = names(factory.createSharedNamesParser(bytes));

        assertThat(names).containsExactly("rel", "rel");
        assertThat(names.get(0)).isSameAs(names.get(1));
        assertThat(tokens(factory.createSharedNamesParser(DOCUMENT.getBytes(StandardCharsets.UTF_8))))
                .containsExactlyElementsOf(TOKENS);
        assertThat(tokens(factory.createSharedNamesParser(DOCUMENT.getBytes(StandardCharsets.UTF_16LE))))
                .containsExactlyElementsOf(TOKENS);
    }

    @Test
    void aSharedNamesParserThrowsOnceTheNamesOutgrowTheTableAndLeavesThemOut() throws IOException {
        StringBuilder many = new StringBuilder("{\"first\":0");
        for (int i = 0; i < 3 * BoundedNamesParser.MAX_BUCKETS; i++) {
            many.append(",\"name").append(i).append("\":").append(i);
        }
        byte[] document = many.append('}').toString().getBytes(StandardCharsets.UTF_8);

        for (int round = 0; round < 3; round++) {
            JsonParser shared = factory.createSharedNamesParser(document);
            assertThatThrownBy(() -> tokens(shared)).isInstanceOf(NameTableFull.class);
            assertThat(names(factory.createParser(document))).hasSize(3 * BoundedNamesParser.MAX_BUCKETS + 1);
        }
        // had the overflowing tables joined the root, every later parser would start past the bound and throw
        byte[] small = "{\"name1\":1}".getBytes(StandardCharsets.UTF_8);
        List<String> first = names(factory.createSharedNamesParser(small));
        List<String> again = names(factory.createSharedNamesParser(small));
        assertThat(again.get(0)).isSameAs(first.get(0));
    }

    private static List<String> names(JsonParser parser) throws IOException {
        List<String> names = new ArrayList<>();
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    names.add(parser.currentName());
                }
            }
        }
        return names;
    }

    private static List<String> tokens(JsonParser parser) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens.add(token.isScalarValue() || token == JsonToken.FIELD_NAME ? parser.getText() : token.name());
            }
        }
        return tokens;
    }
}
