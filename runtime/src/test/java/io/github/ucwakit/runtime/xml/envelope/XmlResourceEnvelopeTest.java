package io.github.ucwakit.runtime.xml.envelope;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlResourceEnvelopeTest {

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void plainJaxbUnmarshalsAndMarshalsTheSeedSample() throws Exception {
        String sample = Fixtures.text(Fixtures.SEED_XML);
        JAXBContext context = JAXBContext.newInstance(XmlResourceEnvelope.class);

        XmlResourceEnvelope envelope = (XmlResourceEnvelope) context.createUnmarshaller()
                .unmarshal(new StringReader(sample));
        StringWriter written = new StringWriter();
        Marshaller marshaller = context.createMarshaller();
        marshaller.marshal(envelope, written);

        assertThat(envelope.getRel()).isEqualTo("conversation");
        assertThat(envelope.getHref()).isEqualTo("/ucwa/v1/applications/192/communication/conversations/137");
        assertThat(envelope.getMembers()).hasSize(17 + 13);
        assertThat(envelope.getMembers().get(17)).isEqualTo(new EnvelopeProperty("rel", "conversation"));
        assertThat(envelope.getMembers().get(18)).isEqualTo(new EnvelopePropertyList("activeModalities",
                List.of("Messaging", "Audio", "Video", "ApplicationSharing")));
        assertThat(written.toString()).contains("<resource rel=\"conversation\"",
                "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"");
        assertSimilarXml(written.toString(), sample);
    }

    @Test
    void envelopesRoundTripNestedResources() {
        String sample = Fixtures.text(Fixtures.EMBEDDED_XML);

        XmlResourceEnvelope envelope = XmlEnvelopes.unmarshal(sample);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlEnvelopes.marshal(envelope, out);

        assertThat(envelope.getMembers()).filteredOn(XmlResourceEnvelope.class::isInstance).hasSize(4);
        assertSimilarXml(out.toString(StandardCharsets.UTF_8), sample);
        assertThat(XmlEnvelopes.unmarshal(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(envelope);
    }

    @Test
    void codecReadsAnEnvelopeAsItReadsXml() {
        String sample = Fixtures.text(Fixtures.SEED_XML);

        TestConversation fromEnvelope = codec.fromEnvelope(XmlEnvelopes.unmarshal(sample), TestConversation.class);

        assertThat(fromEnvelope).isEqualTo(codec.read(sample, PayloadFormat.XML));
        assertThat(fromEnvelope.created().toIsoString()).isEqualTo("2016-09-26T16:20:24.8356669-07:00");
    }

    @Test
    void codecWritesAnEnvelopeAsItWritesXml() {
        TestConversation conversation = codec.read(Fixtures.text(Fixtures.EMBEDDED_JSON), PayloadFormat.JSON,
                TestConversation.class);

        String marshalled = XmlEnvelopes.marshal(codec.toEnvelope(conversation));

        assertSimilarXml(marshalled, codec.writeToString(conversation, PayloadFormat.XML));
    }

    @Test
    void envelopeWriterAndReaderWorkWithAnyBinding() {
        TestConversation conversation = codec.read(Fixtures.text(Fixtures.EMBEDDED_XML), PayloadFormat.XML,
                TestConversation.class);
        EnvelopeResourceWriter writer = new EnvelopeResourceWriter();

        TestConversationBinding.INSTANCE.write(conversation, writer);
        TestConversation back = TestConversationBinding.INSTANCE.read(EnvelopeResourceReader.of(writer.envelope()));

        assertThat(back).isEqualTo(conversation);
    }

    @Test
    void aNestedEnvelopeCarriesItsEmbeddedKeyAsItsRel() {
        GenericResource from = GenericResource.builder().rel("participant").build();
        GenericResource invitation = GenericResource.builder().rel("onlineMeetingInvitation")
                .unknownMembers(UnknownMembers.builder().embedded("from", from).build())
                .build();

        XmlResourceEnvelope envelope = codec.toEnvelope(invitation);

        assertThat(envelope.getMembers()).singleElement().isEqualTo(new XmlResourceEnvelope("from", null));
    }

    @Test
    void envelopeErrorsNameTheirPlace() {
        XmlResourceEnvelope envelope = new XmlResourceEnvelope("conversation", null);
        envelope.getMembers().add(new EnvelopeProperty("participantCount", "many"));

        assertThatThrownBy(() -> codec.fromEnvelope(envelope))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessage("/resource/property[@name='participantCount']: expected an int, found 'many'");

        XmlResourceEnvelope nested = new XmlResourceEnvelope("conversation", null);
        XmlResourceEnvelope participant = new XmlResourceEnvelope("participant", null);
        participant.getMembers().add(new EnvelopeProperty("anonymous", "perhaps"));
        nested.getMembers().add(participant);

        assertThatThrownBy(() -> codec.fromEnvelope(nested))
                .hasMessageStartingWith("/resource/resource[@rel='participant']/property[@name='anonymous']: ");
    }

    @Test
    void aSecondSelfLinkIsRefusedAsTheStaxReaderRefusesIt() {
        XmlResourceEnvelope hrefAndLink = XmlEnvelopes.unmarshal("<resource rel=\"conversation\" href=\"/c/1\""
                + " xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><link rel=\"self\" href=\"/c/2\"/>"
                + "</resource>");
        XmlResourceEnvelope twoLinks = XmlEnvelopes.unmarshal("<resource rel=\"conversation\""
                + " xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><link rel=\"self\" href=\"/c/1\"/>"
                + "<link rel=\"participants\" href=\"/p\"/><link rel=\"self\" href=\"/c/2\"/></resource>");
        XmlResourceEnvelope oneLink = XmlEnvelopes.unmarshal("<resource rel=\"conversation\""
                + " xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><link rel=\"self\" href=\"/c/1\"/>"
                + "</resource>");

        for (XmlResourceEnvelope twice : List.of(hrefAndLink, twoLinks)) {
            assertThatThrownBy(() -> codec.fromEnvelope(twice))
                    .isInstanceOfSatisfying(UcwaPayloadException.class, e -> {
                        assertThat(e.kind()).isEqualTo(UcwaPayloadException.Kind.DUPLICATE);
                        assertThat(e.location()).isEqualTo("/resource/link[@rel='self']");
                    });
        }
        assertThat(codec.fromEnvelope(oneLink).self()).hasValueSatisfying(
                self -> assertThat(self.href()).isEqualTo("/c/1"));
    }

    @Test
    void aNameTheRuleRefusesIsRefusedAtItsPath() {
        GenericResource participant = GenericResource.builder().rel("participant")
                .unknownMembers(UnknownMembers.builder().property("_links", new PropertyValue.Text("x")).build())
                .build();
        GenericResource conversation = GenericResource.builder().rel("conversation")
                .unknownMembers(UnknownMembers.builder().embedded("participant", participant).build())
                .build();
        GenericResource top = GenericResource.builder().rel("conversation")
                .unknownMembers(UnknownMembers.builder().property("_embedded", new PropertyValue.Text("x")).build())
                .build();

        assertThatThrownBy(() -> codec.toEnvelope(conversation))
                .isInstanceOfSatisfying(UcwaPayloadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UcwaPayloadException.Kind.INVALID_VALUE);
                    assertThat(e.location()).isEqualTo("/resource/resource[@rel='participant']/property[@name='_links']");
                });
        assertThatThrownBy(() -> codec.toEnvelope(top))
                .isInstanceOfSatisfying(UcwaPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("/resource/property[@name='_embedded']"));
    }

    @Test
    void unmarshallingRefusesADoctype() {
        String payload = "<!DOCTYPE resource [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                + "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" rel=\"x\">"
                + "<property name=\"p\">&e;</property></resource>";

        assertThatThrownBy(() -> XmlEnvelopes.unmarshal(payload))
                .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("DOCTYPE");
    }
}
