package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestNote;
import io.github.ucwakit.runtime.testmodel.TestNoteBinding;
import io.github.ucwakit.runtime.xml.XmlFormat;
import io.github.ucwakit.runtime.xml.envelope.XmlEnvelopes;
import org.junit.jupiter.api.Test;

/**
 * A link or embedded resource a class holds once is refused when given twice, in both formats and by every reader,
 * while the lists that XML writes by repeating the rel are read whole: the binding tells the reader which is which
 * ({@link ResourceReader#readSingleLink()}, {@link ResourceReader#readSingleEmbedded(String)}).
 */
class SingleMembersTest {

    private static final String UCWA = " xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"";
    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());

    @Test
    void repeatedRelsOfAListAreReadWholeInXmlAndTheJaxbEnvelope() {
        String xml = "<resource rel=\"conversation\" href=\"/c\"" + UCWA + ">"
                + "<link rel=\"participant\" href=\"/p/1\"/><link rel=\"participants\" href=\"/c/p\"/>"
                + "<link rel=\"participant\" href=\"/p/2\"/><link rel=\"participant\" href=\"/p/3\"/>"
                + "<resource rel=\"participant\" href=\"/p/1\"/><resource rel=\"messaging\" href=\"/c/m\"/>"
                + "<resource rel=\"participant\" href=\"/p/2\"/></resource>";

        TestConversation read = CODEC.read(xml, PayloadFormat.XML, TestConversation.class);

        assertThat(read.participantLinks()).extracting(Link::href).containsExactly("/p/1", "/p/2", "/p/3");
        assertThat(read.participants()).hasSize(2);
        assertThat(read.participantsLink().href()).isEqualTo("/c/p");
        assertThat(read.messaging()).isNotNull();
        assertThat(CODEC.fromEnvelope(XmlEnvelopes.unmarshal(xml), TestConversation.class)).isEqualTo(read);
        assertThat(CODEC.read(CODEC.writeToString(read, PayloadFormat.JSON), PayloadFormat.JSON,
                TestConversation.class)).isEqualTo(read);
    }

    @Test
    void aSingleLinkGivenTwiceIsRefusedAtTheSecondInXmlAndTheJaxbEnvelope() {
        String xml = "<resource rel=\"conversation\"" + UCWA + "><link rel=\"messaging\" href=\"/c/m\"/>"
                + "<link rel=\"participant\" href=\"/p/1\"/>\n<link rel=\"messaging\" href=\"/c/n\"/></resource>";

        assertDuplicate(() -> CODEC.read(xml, PayloadFormat.XML), "line 2, column 36");
        assertDuplicate(() -> CODEC.fromEnvelope(XmlEnvelopes.unmarshal(xml)), "/resource/link[@rel='messaging']");
    }

    @Test
    void aSingleLinkGivenInAJsonArrayIsKeptAsItCameNotTaken() {
        TestConversation read = CODEC.read("{\"rel\":\"conversation\",\"_links\":{\"messaging\":[{\"href\":\"/m/1\"},"
                + "{\"href\":\"/m/2\"}]}}", PayloadFormat.JSON, TestConversation.class);

        assertThat(read.messagingLink()).isNull();
        assertThat(read.unknownMembers().links()).extracting(Link::href).containsExactly("/m/1", "/m/2");
    }

    @Test
    void aSingleEmbeddedResourceGivenUnderItsKeyAndItsRelIsRefusedInBothFormats() {
        String json = "{\"rel\":\"note\",\"_embedded\":{\"author\":{\"rel\":\"participant\",\"name\":\"Ann\"},"
                + "\"participant\":{\"rel\":\"participant\",\"name\":\"Bob\"}}}";
        String xml = "<resource rel=\"note\"" + UCWA + "><resource rel=\"author\"><property name=\"name\">Ann"
                + "</property></resource><resource rel=\"participant\"><property name=\"name\">Bob</property>"
                + "</resource></resource>";

        assertDuplicate(() -> new JsonFormat().read(json, TestNoteBinding.INSTANCE::read), "$._embedded.participant");
        assertDuplicate(() -> new XmlFormat().read(xml, TestNoteBinding.INSTANCE::read), "line 1, column 174");
        TestNote one = new XmlFormat().read(xml.replace("<resource rel=\"author\"><property name=\"name\">Ann"
                + "</property></resource>", ""), TestNoteBinding.INSTANCE::read);
        assertThat(one.author()).hasValueSatisfying(author -> assertThat(author.name()).isEqualTo("Bob"));
    }

    @Test
    void claimsAreKeptPerResource() {
        SingleMembers claims = new SingleMembers();

        assertThat(claims.claim("a")).isTrue();
        for (int i = 0; i < 40; i++) {
            assertThat(claims.claim("m" + i)).isTrue();
        }
        assertThat(claims.claim("a")).isFalse();
        assertThat(claims.claim("m39")).isFalse();
        assertThat(new SingleMembers().claim("a")).isTrue();
    }

    private static void assertDuplicate(Runnable read, String location) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(UcwaPayloadException.class, e -> {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(UcwaPayloadException.Kind.DUPLICATE);
            assertThat(e.location()).as(e.getMessage()).isEqualTo(location);
        });
    }
}
