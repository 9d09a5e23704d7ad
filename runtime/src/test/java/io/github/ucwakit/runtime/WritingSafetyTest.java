package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing never half-writes a document and never writes what cannot be read back as it was. */
class WritingSafetyTest {

    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aFailingWriteLeavesTheStreamUntouched(PayloadFormat format) {
        Broken broken = new Broken(UnknownMembers.builder().property("futureText", new PropertyValue.Text("fine"))
                .embedded("participant", GenericResource.builder().rel("participant").build()).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> UcwaCodec.of(List.of(new FailingBinding())).write(broken, format, out))
                .isInstanceOf(IllegalStateException.class).hasMessage("a bug in the binding");
        assertThat(out.size()).isZero();
    }

    @Test
    void aCharacterXmlCannotHoldIsRefusedWithItsPlace() {
        TestConversation conversation = TestConversation.builder().subject("bell \u0007")
                .addParticipant(new TestParticipant(null, "Ann", null, UnknownMembers.empty())).build();
        TestConversation participantName = TestConversation.builder()
                .addParticipant(new TestParticipant(null, "lone \ud800 surrogate", null, UnknownMembers.empty()))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> CODEC.write(conversation, PayloadFormat.XML, out))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.INVALID_VALUE)
                .hasFieldOrPropertyWithValue("location", "/resource/property[@name='subject']")
                .hasMessageContaining("U+0007 cannot be written in XML");
        assertThatThrownBy(() -> CODEC.writeToString(participantName, PayloadFormat.XML))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("location",
                        "/resource/resource[@rel='participant']/property[@name='name']")
                .hasMessageContaining("U+D800 cannot be written in XML");
        assertThat(out.size()).isZero();
    }

    @Test
    void aLinkTitleXmlCannotHoldIsRefusedToo() {
        TestConversation conversation = TestConversation.builder()
                .addParticipantLink(Link.of("participant", "/p/1", "nul \u0000")).build();

        assertThatThrownBy(() -> CODEC.writeToString(conversation, PayloadFormat.XML))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("location", "/resource/link[@rel='participant']");
    }

    @Test
    void jsonCarriesWhatXmlCannot() {
        TestConversation conversation = TestConversation.builder().subject("bell \u0007 lone \ud800").build();

        String json = CODEC.writeToString(conversation, PayloadFormat.JSON);

        assertThat(CODEC.read(json, PayloadFormat.JSON, TestConversation.class).subject())
                .isEqualTo("bell \u0007 lone \ud800");
    }

    @Test
    void carriageReturnsSurviveAnXmlRoundTrip() {
        TestConversation conversation = TestConversation.builder().subject("line one\r\nline two\rend")
                .activeModalities(List.of(io.github.ucwakit.runtime.testmodel.Modality.of("a\rb"))).build();

        String xml = CODEC.writeToString(conversation, PayloadFormat.XML);
        TestConversation back = CODEC.read(xml, PayloadFormat.XML, TestConversation.class);

        assertThat(xml).contains("line one&#13;\nline two&#13;end");
        assertThat(back.subject()).isEqualTo("line one\r\nline two\rend");
        assertThat(back.activeModalities()).extracting(m -> m.value()).containsExactly("a\rb");
    }

    @Test
    void supplementaryCharactersAreWrittenAndReadBack() {
        TestConversation conversation = TestConversation.builder().subject("smile \uD83D\uDE00 \u00e9").build();

        assertThat(CODEC.read(CODEC.writeToString(conversation, PayloadFormat.XML), PayloadFormat.XML,
                TestConversation.class).subject()).isEqualTo("smile \uD83D\uDE00 \u00e9");
    }

    /** A resource whose binding fails halfway through writing it. */
    private record Broken(UnknownMembers unknownMembers) implements UcwaResource {
        @Override
        public String rel() {
            return "broken";
        }

        @Override
        public java.util.Optional<Link> self() {
            return java.util.Optional.empty();
        }
    }

    /** Writes a property and an embedded resource, then fails: a binding with a bug. */
    private static final class FailingBinding implements ResourceBinding<Broken> {
        @Override
        public String rel() {
            return "broken";
        }

        @Override
        public Class<Broken> type() {
            return Broken.class;
        }

        @Override
        public Broken read(ResourceReader reader) {
            return new Broken(GenericResource.BINDING.read(reader).unknownMembers());
        }

        @Override
        public void write(Broken resource, ResourceWriter writer) {
            writer.beginResource(resource.rel(), null);
            resource.unknownMembers().writeProperties(writer);
            resource.unknownMembers().writeEmbedded(writer);
            throw new IllegalStateException("a bug in the binding");
        }
    }
}
