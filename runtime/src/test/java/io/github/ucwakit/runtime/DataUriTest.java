package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataUriTest {

    @Test
    void decodesThePlainMessageHrefOfTheMessageReference() {
        String href = Fixtures.text("/fixtures/message-plain-href.txt").strip();

        DataUri uri = DataUri.parse(href);

        assertThat(uri.mediaType()).isEqualTo("text/plain");
        assertThat(uri.charset()).contains(StandardCharsets.UTF_8);
        assertThat(uri.parameters()).containsExactly(Map.entry("charset", "utf8"));
        assertThat(uri.isBase64()).isFalse();
        assertThat(uri.text()).isEqualTo("URLEncodedMessageString");
        assertThat(uri).hasToString(href);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "data:text/plain;charset=utf-8,Hi+Tosh%0d%0a     | text/plain | `Hi Tosh\r\n`",
        "data:text/plain,Hello+World                    | text/plain | Hello World",
        "data:text/plain;charset=utf-8,Hello%20World    | text/plain | Hello World",
        "data:,A%2Bb                                     | text/plain | A+b",
        "data:text/html;base64,PGI+SGk8L2I+              | text/html  | <b>Hi</b>",
        "data:text/html;base64,PGI%2BSGk8L2I%2B          | text/html  | <b>Hi</b>",
        "data:text/plain;charset=utf-8,Caf%C3%A9%20%E2%9C%93 | text/plain | Café ✓",
        "data:text/plain;charset=iso-8859-1,Caf%E9       | text/plain | Café",
        "DATA:Text/Plain;BASE64,SGk=                      | text/plain | Hi",
        "data:;base64,SGk                                 | text/plain | Hi",
        "data:text/plain;charset=utf-8,                   | text/plain | ``",
    })
    void decodesUrlEncodedAndBase64Data(String href, String mediaType, String text) {
        DataUri uri = DataUri.parse(href);

        assertThat(uri.mediaType()).isEqualTo(mediaType);
        assertThat(uri.text()).isEqualTo(text);
    }

    @Test
    void keepsBinaryDataAsBytes() {
        DataUri uri = DataUri.parse("data:application/sdp;base64,AAH/");

        assertThat(uri.bytes()).containsExactly(0x00, 0x01, 0xff);
        assertThat(uri.charset()).isEmpty();
        uri.bytes()[0] = 9;
        assertThat(uri.bytes()[0]).isZero();
        assertThatThrownBy(uri::text).isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.INVALID_VALUE)
                .hasMessageContaining("not UTF-8 text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "data:text/plain;charset=utf-8                        | a data: URI needs a comma",
        "data:text/plain;charset=utf-8,Hello%2                | a broken percent escape '%2'",
        "data:text/plain;charset=utf-8,Hello%zzWorld          | a broken percent escape '%zz'",
        "data:text/html;base64,base64-encoded-htmlmessage     | the data is not Base64",
        "data:text/html;base64,PGI+SGk8L2I+!                  | the data is not Base64",
        "data:text/plain;charset=x-no-such-charset,Hi         | unknown charset 'x-no-such-charset'",
        "data:text/plain;charset=utf-8,Caf%C3%28              | the data is not UTF-8 text",
        "data:text plain,Hi                                   | 'text plain' is not a media type",
        "data:text/plain;charset,Hi                           | 'charset' is not a parameter",
        "http://example.com/data:text/plain,Hi                | not a data: URI",
    })
    void refusesMalformedUrisAsInvalidValues(String href, String message) {
        assertThatThrownBy(() -> DataUri.parse(href, "$._links.plainMessage.href"))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.INVALID_VALUE)
                .hasFieldOrPropertyWithValue("location", "$._links.plainMessage.href")
                .hasMessageContaining(message);
    }

    @Test
    void refusesAControlCharacter() {
        assertThatThrownBy(() -> DataUri.parse("data:text/plain,a\nb"))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageContaining("a control character U+000A");
    }

    @Test
    void aLinkTellsItsDataUri() {
        assertThat(Link.of("plainMessage", "data:text/plain,Hello+World").dataUri())
                .map(DataUri::text).contains("Hello World");
        assertThat(Link.of("self", "/ucwa/v1/applications/192").dataUri()).isEmpty();
        assertThatThrownBy(() -> Link.of("plainMessage", "data:text/plain").dataUri())
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("location", "link 'plainMessage'");
    }

    @Test
    void equalWhenTheUrisAreTheSameText() {
        assertThat(DataUri.parse("data:,a")).isEqualTo(DataUri.parse("data:,a"))
                .hasSameHashCodeAs(DataUri.parse("data:,a"))
                .isNotEqualTo(DataUri.parse("data:,%61"));
    }

    @Test
    void readersHandOutLinksWhoseDataUrisDecode() {
        UcwaCodec codec = UcwaCodec.of(java.util.List.of());
        String json = "{\"rel\":\"message\",\"_links\":{\"plainMessage\":{\"href\":\"" + Fixtures.text(
                "/fixtures/message-plain-href.txt").strip() + "\"}}}";
        String xml = "<resource rel=\"message\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
                + "<link rel=\"plainMessage\" href=\"data:text/plain;charset=utf-8,Hi+Tosh%0d%0a\"/></resource>";

        assertThat(codec.read(json, PayloadFormat.JSON).unknownMembers().links().get(0).dataUri())
                .map(DataUri::text).contains("URLEncodedMessageString");
        assertThat(codec.read(xml, PayloadFormat.XML).unknownMembers().links().get(0).dataUri())
                .map(DataUri::text).contains("Hi Tosh\r\n");
    }
}
