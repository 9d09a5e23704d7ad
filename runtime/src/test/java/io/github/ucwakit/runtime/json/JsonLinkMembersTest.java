package io.github.ucwakit.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A link object is read alike whether its {@code href} comes first (matched on its encoded bytes), later, or spelt
 * with escapes; duplicates and malformed members are refused where they stand either way.
 */
class JsonLinkMembersTest {

    private final JsonFormat json = new JsonFormat();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"href\":\"/a\",\"title\":\"T\",\"revision\":\"2\"}",
        "{\"title\":\"T\",\"href\":\"/a\",\"revision\":\"2\"}",
        "{\"revision\":\"2\",\"title\":\"T\",\"future\":[1,{\"x\":2}],\"href\":\"/a\"}",
        "{\"\\u0068ref\":\"/a\",\"title\":\"T\",\"revision\":\"2\"}",
        "{ \"href\" : \"/a\" , \"title\" : \"T\" , \"revision\" : \"2\" }"})
    void readsTheSameLinkWhereverTheHrefStands(String link) {
        assertThat(firstLink(link)).isEqualTo(Link.of("self", "/a", "T", "2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"href\":\"/a\",\"href\":\"/b\"}",
        "{\"title\":\"T\",\"href\":\"/a\",\"href\":\"/b\"}",
        "{\"href\":\"/a\",\"\\u0068ref\":\"/b\"}"})
    void refusesAnHrefGivenTwice(String link) {
        assertThatThrownBy(() -> firstLink(link))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.DUPLICATE)
                .hasFieldOrPropertyWithValue("location", "$._links.self.href");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"href\":}", "{\"href\" \"/a\"}", "{\"href\":\"/a\",\"title\":tru}"})
    void locatesMalformedMembersInTheLink(String link) {
        assertThatThrownBy(() -> firstLink(link))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.MALFORMED)
                .extracting("location").asString().startsWith("$._links.self.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"href\":\"/a\" \"title\":\"T\"}", "{,\"href\":\"/a\"}"})
    void locatesAMissingNameAtTheLink(String link) {
        assertThatThrownBy(() -> firstLink(link))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.MALFORMED)
                .hasFieldOrPropertyWithValue("location", "$._links.self");
    }

    private Link firstLink(String link) {
        return json.read("{\"rel\":\"x\",\"_links\":{\"self\":" + link + "}}", reader -> {
            assertThat(reader.next()).isEqualTo(ResourceReader.Member.LINK);
            return reader.readLink();
        });
    }
}
