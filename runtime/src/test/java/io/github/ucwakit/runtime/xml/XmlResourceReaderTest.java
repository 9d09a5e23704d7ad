package io.github.ucwakit.runtime.xml;

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
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlResourceReaderTest {

    private static final String OPEN = "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" "
            + "rel=\"conversation\" href=\"/c/1\">";

    private final XmlFormat xml = new XmlFormat();

    @Test
    void reportsSelfFirstThenMembersInDocumentOrder() {
        List<String> members = xml.read(Fixtures.text(Fixtures.EMBEDDED_XML), MemberWalk::members);

        assertThat(members).containsExactly("LINK self", "LINK participants", "LINK participant", "LINK participant",
                "LINK futureLink", "LINK futureLinks", "LINK futureLinks",
                "PROPERTY rel", "PROPERTY subject", "PROPERTY participantCount", "PROPERTY sequenceNumber",
                "PROPERTY readLocally", "PROPERTY recording", "PROPERTY created", "PROPERTY expirationTime",
                "PROPERTY activeModalities", "PROPERTY futureText", "PROPERTY futureList",
                "EMBEDDED participant", "EMBEDDED participant", "EMBEDDED messaging", "EMBEDDED futureThing");
    }

    @Test
    void readsEmbeddedValuesAndEntities() {
        TestConversation conversation = xml.read(Fixtures.text(Fixtures.EMBEDDED_XML),
                TestConversationBinding.INSTANCE::read);

        assertThat(conversation.subject()).isEqualTo("Quarterly & yearly planning");
        assertThat(conversation.readLocally()).isTrue();
        assertThat(conversation.recording()).isFalse();
        assertThat(conversation.sequenceNumber()).isEqualTo(9007199254740993L);
        assertThat(conversation.expirationTime().toIsoString()).isEqualTo("2012-01-11T19:03:22Z");
        assertThat(conversation.participants()).extracting(p -> p.name() + "/" + p.anonymous())
                .containsExactly("Ann Smith/false", "Bob/null");
        assertThat(conversation.participantLinks()).containsExactly(
                Link.of("participant", "/conversations/9/participants/ann", "Ann Smith"),
                Link.of("participant", "/conversations/9/participants/bob"));
        assertThat(conversation.messaging().self()).contains(Link.of("self", "/conversations/9/messaging"));
        assertThat(conversation.unknownMembers().properties().get("futureList")).isEqualTo(
                new PropertyValue.ListValue(List.of(new PropertyValue.Text("a"), new PropertyValue.Text("2"))));
    }

    @ParameterizedTest
    @CsvSource({"True,true", "true,true", "TRUE,true", "tRuE,true", "False,false", "false,false", "FALSE,false",
        "' False ',false"})
    void readsBooleansInAnyCase(String text, boolean expected) {
        Boolean value = readProperty("<property name=\"recording\">" + text + "</property>",
                ResourceReader::readBoolean);

        assertThat(value).isEqualTo(expected);
    }

    @Test
    void blankTextReadsAsNullButAsAnEmptyString() {
        assertThat(readProperty("<property name=\"x\"/>", ResourceReader::readInt)).isNull();
        assertThat(readProperty("<property name=\"x\"> </property>", ResourceReader::readBoolean)).isNull();
        assertThat(readProperty("<property name=\"x\"></property>", ResourceReader::readDate)).isNull();
        assertThat(readProperty("<property name=\"x\"/>", ResourceReader::readString)).isEmpty();
    }

    @Test
    void readsTypedLists() {
        String list = "<propertyList name=\"x\"><item>1</item> <item>-2</item></propertyList>";

        assertThat(readProperty(list, ResourceReader::readIntList)).containsExactly(1, -2);
        assertThat(readProperty(list, ResourceReader::readLongList)).containsExactly(1L, -2L);
        assertThat(readProperty("<propertyList name=\"x\"><item>true</item><item>False</item></propertyList>",
                ResourceReader::readBooleanList)).containsExactly(true, false);
        assertThat(readProperty("<propertyList name=\"x\"><item>2012-01-11T19:03:22Z</item></propertyList>",
                ResourceReader::readDateList)).hasSize(1);
        assertThat(readProperty("<propertyList name=\"x\"/>", ResourceReader::readStringList)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<property name=\"x\">yes</property> | boolean | WRONG_TYPE | expected True or False, found 'yes'",
        "<property name=\"x\">4.5</property>              | int     | WRONG_TYPE   | expected an int, found '4.5'",
        "<property name=\"x\">2147483648</property> | int | OUT_OF_RANGE | out of range for an int: '2147483648'",
        "<property name=\"x\">9223372036854775808</property> | long | OUT_OF_RANGE | "
                + "out of range for a long: '9223372036854775808'",
        "<property name=\"x\">\u0663</property>           | int     | WRONG_TYPE   | expected an int, found '\u0663'",
        "<property name=\"x\">2016-09-26T16:20:24</property> | date | INVALID_DATE | "
                + "not an ISO-8601 date with an offset",
        "<propertyList name=\"x\"><item>1</item></propertyList> | int | WRONG_TYPE | "
                + "expected a <property>, found a <propertyList>",
    })
    void conversionErrorsNameLineAndColumn(String element, String type, UcwaPayloadException.Kind kind,
            String message) {
        Function<ResourceReader, Object> read = switch (type) {
            case "boolean" -> ResourceReader::readBoolean;
            case "int" -> ResourceReader::readInt;
            case "long" -> ResourceReader::readLong;
            default -> ResourceReader::readDate;
        };

        assertThatThrownBy(() -> readProperty("\n  " + element, read))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageContaining(message)
                .hasFieldOrPropertyWithValue("kind", kind)
                .extracting(e -> ((UcwaPayloadException) e).location()).asString()
                .matches("line 2, column \\d+");
    }

    @Test
    void listErrorsAreLocatedToo() {
        assertThatThrownBy(() -> readProperty("<propertyList name=\"x\">\n<item>1</item>\n<item/></propertyList>",
                ResourceReader::readIntList))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageStartingWith("line 3, column")
                .hasMessageContaining("an empty <item> is not allowed in x");
        assertThatThrownBy(() -> readProperty("<property name=\"x\">1</property>", ResourceReader::readIntList))
                .hasMessageContaining("expected a <propertyList>, found a <property> named x");
    }

    @Test
    void skipsUnknownElementsAndForeignNamespaces() {
        String payload = OPEN + "<extension><property name=\"hidden\">1</property></extension>"
                + "<f:property xmlns:f=\"urn:other\" name=\"foreign\">2</f:property>"
                + "<property name=\"kept\">3</property></resource>";

        assertThat(xml.read(payload, MemberWalk::members)).containsExactly("LINK self", "PROPERTY kept");
    }

    @Test
    void acceptsAResourceWithoutNamespace() {
        assertThat(xml.read("<resource rel=\"x\"><property name=\"p\">v</property></resource>",
                MemberWalk::members)).containsExactly("PROPERTY p");
    }

    @Test
    void rejectsADoctypeWithoutFetchingIt() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String payload = "<?xml version=\"1.0\"?>\n<!DOCTYPE resource SYSTEM \"http://127.0.0.1:"
                    + server.getLocalPort() + "/evil.dtd\">\n" + OPEN + "</resource>";

            assertReadFails(payload).hasMessageContaining("a DOCTYPE is not allowed")
                    .extracting(e -> ((UcwaPayloadException) e).location()).asString().startsWith("line ");
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void rejectsAnEntityDeclarationWithoutReadingTheFile(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "top secret", StandardCharsets.UTF_8);
        String payload = "<!DOCTYPE resource [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n" + OPEN
                + "<property name=\"subject\">&secret;</property></resource>";

        assertReadFails(payload).hasMessageContaining("a DOCTYPE is not allowed")
                .hasMessageNotContaining("top secret");
        assertThatThrownBy(() -> xml.read(payload, TestConversationBinding.INSTANCE::read))
                .isInstanceOf(UcwaPayloadException.class);
    }

    @Test
    void truncatedDocumentIsAPayloadErrorWithLocation() {
        String truncated = Fixtures.text(Fixtures.SEED_XML).substring(0, 1500);

        assertThatThrownBy(() -> xml.read(truncated, TestConversationBinding.INSTANCE::read))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageContaining("malformed XML")
                .extracting(e -> ((UcwaPayloadException) e).location()).asString()
                .matches("line \\d+, column \\d+");
    }

    @Test
    void refusesOtherRootsAndMissingAttributes() {
        assertReadFails("<conversation/>").hasMessageContaining("expected a <resource> or <input> element");
        assertReadFails(OPEN + "<link href=\"/x\"/></resource>").hasMessageContaining("<link> needs a rel attribute");
        assertReadFails(OPEN + "<property>1</property></resource>")
                .hasMessageContaining("<property> needs a name attribute");
        assertThatThrownBy(() -> xml.read(OPEN + "<link rel=\"x\"/></resource>", reader -> {
            reader.next();
            reader.next();
            return reader.readLink();
        })).isInstanceOf(UcwaPayloadException.class).hasMessageContaining("<link> needs a href attribute");
        assertReadFails(OPEN + "</resource><resource/>").hasMessageContaining("malformed XML");
    }

    @Test
    void readsAnInputRootAsAResourceWithoutRel() {
        String payload = "<input xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" rel=\"ignored\">"
                + "<property name=\"subject\">Hi</property></input>";

        List<Object> seen = xml.read(payload, reader -> {
            List<Object> facts = new ArrayList<>(List.of(reader.isInput(), String.valueOf(reader.rel())));
            reader.next();
            facts.add(reader.name() + "=" + reader.readString());
            return facts;
        });
        boolean resourceIsInput = xml.read(OPEN + "</resource>", ResourceReader::isInput);

        assertThat(seen).containsExactly(true, "null", "subject=Hi");
        assertThat(resourceIsInput).isFalse();
    }

    @Test
    void leavesUnreadValuesAndResourcesBehind() {
        String payload = OPEN + "<resource rel=\"a\"><resource rel=\"b\"><property name=\"deep\">1</property>"
                + "</resource></resource><propertyList name=\"l\"><item>1</item></propertyList>"
                + "<property name=\"last\">value</property></resource>";

        String last = xml.read(payload, reader -> {
            reader.next();
            reader.next();
            reader.readEmbedded().next();
            reader.next();
            reader.next();
            return reader.name() + "=" + reader.readString();
        });

        assertThat(last).isEqualTo("last=value");
    }

    private <T> T readProperty(String element, Function<ResourceReader, T> read) {
        return xml.read(OPEN + element + "</resource>", reader -> {
            while (reader.next() != ResourceReader.Member.PROPERTY) {
                assertThat(reader.name()).isEqualTo("self");
            }
            return read.apply(reader);
        });
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertReadFails(String payload) {
        return assertThatThrownBy(() -> xml.read(payload, MemberWalk::members))
                .isInstanceOf(UcwaPayloadException.class);
    }
}
