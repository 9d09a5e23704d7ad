package io.github.ucwakit.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import io.github.ucwakit.runtime.testsupport.MemberWalk;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonResourceReaderTest {

    private final JsonFormat json = new JsonFormat();

    @Test
    void flattensLinksAndEmbeddedAndConsumesTheRel() {
        List<String> members = json.read(Fixtures.text(Fixtures.EMBEDDED_JSON), MemberWalk::members);

        assertThat(members).containsExactly(
                "LINK self", "LINK participants", "LINK participant[]", "LINK participant[]", "LINK futureLink",
                "LINK futureLinks[]",
                "PROPERTY subject", "PROPERTY participantCount", "PROPERTY sequenceNumber", "PROPERTY readLocally",
                "PROPERTY created", "PROPERTY activeModalities", "PROPERTY futureNumber", "PROPERTY futureFlag",
                "PROPERTY futureNothing", "PROPERTY futureList", "PROPERTY futureObject",
                "EMBEDDED participant[]", "EMBEDDED participant[]", "EMBEDDED messaging", "EMBEDDED futureThings[]");
    }

    @Test
    void relIsKnownOnceRead() {
        String rel = json.read("{\"a\":1,\"rel\":\"contact\",\"b\":[1]}", reader -> {
            MemberWalk.members(reader);
            return reader.rel();
        });

        assertThat(rel).isEqualTo("contact");
    }

    @Test
    void readsEmbeddedResourcesWithNestedReaders() {
        List<String> names = json.read(Fixtures.text(Fixtures.EMBEDDED_JSON), reader -> {
            List<String> found = new java.util.ArrayList<>();
            while (reader.next() != ResourceReader.Member.END) {
                if (reader.name().equals("futureThings")) {
                    ResourceReader thing = reader.readEmbedded();
                    found.addAll(MemberWalk.members(thing));
                    found.add(thing.rel());
                }
            }
            return found;
        });

        assertThat(names).containsExactly("PROPERTY size", "EMBEDDED futureDetail", "futureThing");
    }

    @Test
    void skipsWhatIsLeftUnread() {
        String payload = "{\"rel\":\"r\",\"_embedded\":{\"e\":{\"rel\":\"x\",\"_embedded\":{\"d\":[{\"p\":[1,{}]}]},"
                + "\"q\":2}},\"last\":\"value\"}";

        String last = json.read(payload, reader -> {
            reader.next();
            reader.readEmbedded().next();
            assertThat(reader.next()).isEqualTo(ResourceReader.Member.PROPERTY);
            return reader.name() + "=" + reader.readString();
        });

        assertThat(last).isEqualTo("last=value");
    }

    @Test
    void readsLinksWithTitles() {
        TestConversation conversation = json.read(Fixtures.text(Fixtures.EMBEDDED_JSON),
                TestConversationBinding.INSTANCE::read);

        assertThat(conversation.participantLinks()).containsExactly(
                Link.of("participant", "/conversations/9/participants/ann", "Ann Smith"),
                Link.of("participant", "/conversations/9/participants/bob"));
        assertThat(conversation.unknownMembers().links()).containsExactly(
                Link.of("futureLink", "/conversations/9/future", "Future"),
                Link.of("futureLinks", "/conversations/9/futures/1"));
    }

    @Test
    void keepsUnknownValuesAsRead() {
        PropertyValue value = json.read("{\"rel\":\"r\",\"v\":{\"n\":1.50,\"l\":[true,null,\"s\",-7]}}", reader -> {
            reader.next();
            return reader.readValue();
        });

        assertThat(value).isEqualTo(new PropertyValue.ObjectValue(java.util.Map.of(
                "n", new PropertyValue.Number("1.50"),
                "l", new PropertyValue.ListValue(List.of(new PropertyValue.Bool(true), new PropertyValue.Null(),
                        new PropertyValue.Text("s"), new PropertyValue.Number("-7"))))));
    }

    @Test
    void readsDatesWithAnOffset() {
        TestConversation conversation = json.read("{\"created\":\"/Date(1474932024822+0200)/\","
                + "\"expirationTime\":\"2012-01-11T19:03:22.7433336-08:00\"}", TestConversationBinding.INSTANCE::read);

        assertThat(conversation.created().toIsoString()).isEqualTo("2016-09-27T01:20:24.822+02:00");
        assertThat(conversation.expirationTime().toIsoString()).isEqualTo("2012-01-11T19:03:22.7433336-08:00");
    }

    @Test
    void jsonNullReadsAsNull() {
        TestConversation conversation = json.read("{\"rel\":\"conversation\",\"subject\":null,\"participantCount\""
                + ":null,\"readLocally\":null,\"created\":null,\"activeModalities\":null,\"_links\":null}",
                TestConversationBinding.INSTANCE::read);

        assertThat(conversation).isEqualTo(TestConversation.builder().build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"participantCount\":\"11\"}            | $.participantCount | expected an integer, found a string \"11\"",
        "{\"participantCount\":11.5}              | $.participantCount | expected an integer, found a fraction 11.5",
        "{\"participantCount\":2147483648}        | $.participantCount | out of range for an int: 2147483648",
        "{\"sequenceNumber\":9223372036854775808} | $.sequenceNumber   | out of range for a long",
        "{\"readLocally\":\"false\"}              | $.readLocally      | expected a boolean, found a string",
        "{\"subject\":42}                         | $.subject          | expected a string, found an integer 42",
        "{\"created\":\"/Date(x)/\"}              | $.created          | not a /Date(ms)/ date: '/Date(x)/'",
        "{\"created\":17}                         | $.created          | expected a string",
        "{\"activeModalities\":\"Audio\"}         | $.activeModalities | expected an array, found a string",
        "{\"activeModalities\":[\"Audio\",3]}     | $.activeModalities[1] | expected a string, found an integer 3",
        "{\"activeModalities\":[\"Audio\",null]}  | $.activeModalities[1] | null is not allowed in a list",
        "{\"_links\":[]}                          | $._links           | expected an object, found an array",
        "{\"_links\":{\"participants\":{}}}       | $._links.participants | a link needs an href",
        "{\"_links\":{\"participants\":{\"href\":1}}} | $._links.participants.href | expected a string",
        "{\"_links\":{\"participant\":[{\"href\":\"a\"},7]}} | $._links.participant[1] | expected an object",
        "{\"_links\":{\"x\":\"a\"}}               | $._links.x         | expected an object or an array",
        "{\"_embedded\":{\"participant\":[{\"name\":\"a\"},{\"name\":5}]}} | $._embedded.participant[1].name | "
                + "expected a string, found an integer 5",
        "{\"_embedded\":{\"participant\":[{},{\"rel\":1}]}} | $._embedded.participant[1].rel | "
                + "expected a string, found an integer 1",
        "{\"_links\":{\"odd key\":{\"href\":3}}} | $._links['odd key'].href | expected a string",
        "{\"rel\":7}                              | $.rel              | expected a string, found an integer 7",
    })
    void typeErrorsNameTheirJsonPath(String payload, String path, String message) {
        assertReadFails(payload, TestConversationBinding.INSTANCE::read)
                .hasMessageStartingWith(path + ": " + message)
                .extracting(e -> ((UcwaPayloadException) e).location()).isEqualTo(path);
    }

    @Test
    void nestedUnknownReadsAreLocatedToo() {
        assertReadFails("{\"rel\":\"conversation\",\"_embedded\":{\"participant\":[{},"
                + "{\"_embedded\":{\"x\":{\"_links\":{\"self\":{\"href\":false}}}}}]}}",
                TestConversationBinding.INSTANCE::read)
                .hasMessageStartingWith("$._embedded.participant[1]._embedded.x._links.self.href: expected a string");
    }

    @Test
    void truncatedDocumentIsAPayloadErrorWithLineAndColumn() {
        String truncated = Fixtures.text(Fixtures.SEED_JSON).substring(0, 400);

        assertReadFails(truncated, TestConversationBinding.INSTANCE::read)
                .hasMessageContaining("malformed JSON")
                .hasMessageMatching("(?s)\\$\\.[a-zA-Z]+: .*line \\d+, column \\d+.*");
    }

    @Test
    void malformedTokensAreLocated() {
        assertReadFails("{\"rel\":\"conversation\",\"subject\":tru}", TestConversationBinding.INSTANCE::read)
                .hasMessageContaining("$.subject").hasMessageContaining("line 1, column");
    }

    @Test
    void refusesWhatIsNotOneObject() {
        assertReadFails("[1]", MemberWalk::members).hasMessage("$: expected an object, found an array");
        assertReadFails("", MemberWalk::members).hasMessage("$: expected an object, found the end of the document");
        assertReadFails("{\"rel\":\"a\"} {}", MemberWalk::members)
                .hasMessage("$: unexpected content after the resource");
    }

    @Test
    void readingAValueTwiceOrOfTheWrongKindIsAProgrammingError() {
        assertThatThrownBy(() -> json.read("{\"a\":\"b\"}", reader -> {
            reader.next();
            reader.readString();
            return reader.readString();
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> json.read("{\"a\":\"b\"}", reader -> {
            reader.next();
            return reader.readLink();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("PROPERTY");
    }

    private <T> AbstractThrowableAssert<?, ? extends Throwable> assertReadFails(String payload,
            Function<ResourceReader, T> body) {
        return assertThatThrownBy(() -> json.read(payload, body)).isInstanceOf(UcwaPayloadException.class);
    }
}
