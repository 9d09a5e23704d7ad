package io.github.ucwakit.runtime.codec;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSameJson;
import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import io.github.ucwakit.runtime.testmodel.TestParticipantBinding;
import io.github.ucwakit.runtime.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UcwaCodecTest {

    private static final UcwaCodec CODEC = UcwaCodec.of(List.of(TestConversationBinding.INSTANCE,
            TestParticipantBinding.INSTANCE));

    @Test
    void createFindsBindingsWithTheServiceLoader() {
        UcwaCodec discovered = UcwaCodec.create();

        assertThat(discovered.bindings()).containsExactly(TestConversationBinding.INSTANCE,
                TestParticipantBinding.INSTANCE);
        assertThat(discovered.read(Fixtures.text(Fixtures.SEED_JSON), PayloadFormat.JSON))
                .isInstanceOf(TestConversation.class);
    }

    @Test
    void dispatchesByRelInBothFormats() {
        UcwaResource fromJson = CODEC.read(Fixtures.text(Fixtures.SEED_JSON), PayloadFormat.JSON);
        UcwaResource fromXml = CODEC.read(Fixtures.text(Fixtures.SEED_XML), PayloadFormat.XML);
        UcwaResource participant = CODEC.read("{\"rel\":\"participant\",\"name\":\"Ann\"}", PayloadFormat.JSON);

        assertThat(fromJson).isInstanceOf(TestConversation.class);
        assertThat(fromXml).isInstanceOf(TestConversation.class);
        assertThat(participant).isEqualTo(new TestParticipant(null, "Ann", null, UnknownMembers.empty()));
    }

    @Test
    void findsTheRelWhereverItStands() {
        String relLast = "{\"subject\":\"S\",\"_links\":{\"self\":{\"href\":\"/c\"}},\"_embedded\":{\"participant\":"
                + "[{\"name\":\"A\",\"rel\":\"participant\"}]},\"participantCount\":1,\"rel\":\"conversation\"}";

        UcwaResource resource = CODEC.read(relLast, PayloadFormat.JSON);

        assertThat(resource).isInstanceOf(TestConversation.class);
        TestConversation conversation = (TestConversation) resource;
        assertThat(conversation.subject()).isEqualTo("S");
        assertThat(conversation.participantCount()).isEqualTo(1);
        assertThat(conversation.self()).contains(Link.of("self", "/c"));
        assertThat(conversation.participants()).extracting(TestParticipant::name).containsExactly("A");
        assertThat(CODEC.read(Fixtures.text(Fixtures.EMBEDDED_JSON), PayloadFormat.JSON))
                .isEqualTo(CODEC.read(Fixtures.text(Fixtures.EMBEDDED_JSON), PayloadFormat.JSON,
                        TestConversation.class));
    }

    @Test
    void bufferedMembersKeepTheirLexicalForm() {
        GenericResource resource = (GenericResource) CODEC.read("{\"n\":1.50,\"big\":123456789012345678901234567890,"
                + "\"rel\":\"unknownRel\"}", PayloadFormat.JSON);

        assertThat(resource.unknownMembers().properties().get("n")).isEqualTo(new PropertyValue.Number("1.50"));
        assertThat(CODEC.writeToString(resource, PayloadFormat.JSON))
                .isEqualTo("{\"rel\":\"unknownRel\",\"n\":1.50,\"big\":123456789012345678901234567890}");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void unknownRelGivesAGenericResourceThatWritesBack(PayloadFormat format) {
        String payload = format == PayloadFormat.JSON
                ? "{\"rel\":\"futureThing\",\"size\":3,\"_links\":{\"self\":{\"href\":\"/f\"}}}"
                : "<resource rel=\"futureThing\" href=\"/f\"><property name=\"size\">3</property></resource>";

        UcwaResource resource = CODEC.read(payload, format);

        assertThat(resource).isInstanceOf(GenericResource.class);
        assertThat(resource.rel()).isEqualTo("futureThing");
        assertThat(resource.self()).contains(Link.of("self", "/f"));
        String written = CODEC.writeToString(resource, format);
        if (format == PayloadFormat.JSON) {
            assertSameJson(written, payload);
        } else {
            assertSimilarXml(written, "<resource rel=\"futureThing\" href=\"/f\" "
                    + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><property name=\"size\">3</property>"
                    + "</resource>");
        }
    }

    @Test
    void aPayloadWithoutRelNeedsAType() {
        assertThatThrownBy(() -> CODEC.read("{\"subject\":\"S\"}", PayloadFormat.JSON))
                .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("no rel");
        assertThatThrownBy(() -> CODEC.read("<resource/>", PayloadFormat.XML))
                .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("no rel");
        assertThat(CODEC.read("{\"subject\":\"S\"}", PayloadFormat.JSON, TestConversation.class).subject())
                .isEqualTo("S");
        assertThat(CODEC.read("{\"subject\":\"S\"}", PayloadFormat.JSON, GenericResource.class).rel()).isNull();
    }

    @Test
    void aTypedReadRefusesAnotherRel() {
        assertThatThrownBy(() -> CODEC.read("{\"rel\":\"participant\"}", PayloadFormat.JSON, TestConversation.class))
                .isInstanceOf(UcwaPayloadException.class)
                .hasMessageContaining("expected a 'conversation' resource, found rel 'participant'");
        assertThat(CODEC.read("<resource rel=\"participant\"/>", PayloadFormat.XML, GenericResource.class).rel())
                .isEqualTo("participant");
        assertThatThrownBy(() -> CODEC.read("{}", PayloadFormat.JSON, UnregisteredResource.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no binding produces");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void readsBytesAndStreamsAndLeavesStreamsOpen(PayloadFormat format) throws IOException {
        String fixture = format == PayloadFormat.JSON ? Fixtures.SEED_JSON : Fixtures.SEED_XML;
        byte[] bytes = Fixtures.bytes(fixture);
        TrackingStream stream = new TrackingStream(bytes);

        TestConversation fromBytes = CODEC.read(bytes, format, TestConversation.class);
        UcwaResource fromStream = CODEC.read(stream, format);

        assertThat(fromStream).isEqualTo(fromBytes).isEqualTo(CODEC.read(Fixtures.text(fixture), format));
        assertThat(stream.closed).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void writesUtf8ToStreams(PayloadFormat format) {
        TestConversation conversation = TestConversation.builder().subject("Grüße 会议").participantCount(2).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CODEC.write(conversation, format, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Grüße 会议")
                .isEqualTo(CODEC.writeToString(conversation, format));
        assertThat(CODEC.read(out.toByteArray(), format)).isEqualTo(conversation);
    }

    @Test
    void refusesToWriteAClassNoBindingWrites() {
        assertThatThrownBy(() -> CODEC.writeToString(new UnregisteredResource(), PayloadFormat.JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no binding writes");
    }

    @Test
    void refusesTwoBindingsOfOneRel() {
        ResourceBinding<GenericResource> impostor = new ImpostorBinding();

        assertThatThrownBy(() -> UcwaCodec.of(List.of(TestConversationBinding.INSTANCE, impostor)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two bindings read rel");
        assertThat(UcwaCodec.of(List.of(TestConversationBinding.INSTANCE, TestConversationBinding.INSTANCE,
                GenericResource.BINDING)).bindings()).containsExactly(TestConversationBinding.INSTANCE);
    }

    @Test
    void convertsToAndFromTheEnvelope() {
        TestConversation conversation = CODEC.read(Fixtures.text(Fixtures.EMBEDDED_XML), PayloadFormat.XML,
                TestConversation.class);

        UcwaResource back = CODEC.fromEnvelope(CODEC.toEnvelope(conversation));

        assertThat(back).isEqualTo(conversation);
        assertThat(CODEC.fromEnvelope(CODEC.toEnvelope(conversation), TestConversation.class)).isEqualTo(conversation);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String json = Fixtures.text(Fixtures.EMBEDDED_JSON);
        String xml = Fixtures.text(Fixtures.EMBEDDED_XML);
        UcwaResource expectedJson = CODEC.read(json, PayloadFormat.JSON);
        UcwaResource expectedXml = CODEC.read(xml, PayloadFormat.XML);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        UcwaResource fromJson = CODEC.read(json, PayloadFormat.JSON);
                        UcwaResource fromXml = CODEC.read(CODEC.writeToString(expectedXml, PayloadFormat.XML),
                                PayloadFormat.XML);
                        if (!fromJson.equals(expectedJson) || !fromXml.equals(expectedXml)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A resource class no binding produces. */
    private static final class UnregisteredResource implements UcwaResource {
        @Override
        public String rel() {
            return "unregistered";
        }

        @Override
        public java.util.Optional<Link> self() {
            return java.util.Optional.empty();
        }

        @Override
        public UnknownMembers unknownMembers() {
            return UnknownMembers.empty();
        }
    }

    /** A second binding claiming the conversation rel. */
    private static final class ImpostorBinding implements ResourceBinding<GenericResource> {
        @Override
        public String rel() {
            return TestConversation.REL;
        }

        @Override
        public Class<GenericResource> type() {
            return GenericResource.class;
        }

        @Override
        public GenericResource read(ResourceReader reader) {
            return GenericResource.BINDING.read(reader);
        }

        @Override
        public void write(GenericResource resource, ResourceWriter writer) {
            GenericResource.BINDING.write(resource, writer);
        }
    }

    /** Remembers whether it was closed. */
    private static final class TrackingStream extends ByteArrayInputStream {
        private boolean closed;

        TrackingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
