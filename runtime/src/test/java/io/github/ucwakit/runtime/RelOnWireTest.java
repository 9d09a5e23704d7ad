package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.UnknownMembers.RelOnWire;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testmodel.TestParticipantBinding;
import io.github.ucwakit.runtime.testsupport.PayloadAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource read from a document that left its rel out is written back without it; one built in code names it. */
class RelOnWireTest {

    private static final String NS = "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"";

    private final UcwaCodec codec = UcwaCodec.of(List.of(TestConversationBinding.INSTANCE,
            TestParticipantBinding.INSTANCE));

    @Test
    void aJsonDocumentWithoutRelIsWrittenBackWithoutIt() {
        String payload = "{\"subject\":\"Hi\",\"_embedded\":{\"participant\":[{\"name\":\"Ann\"},"
                + "{\"rel\":\"participant\",\"name\":\"Bob\"}]}}";

        TestConversation read = codec.read(payload, PayloadFormat.JSON, TestConversation.class);
        String written = codec.writeToString(read, PayloadFormat.JSON);

        assertThat(read.unknownMembers().relOnWire()).isEqualTo(RelOnWire.ABSENT);
        assertThat(read.participants()).extracting(p -> p.unknownMembers().relOnWire())
                .containsExactly(RelOnWire.ABSENT, RelOnWire.NAMED);
        assertThat(PayloadAssertions.tree(written)).isEqualTo(PayloadAssertions.tree(payload));
    }

    @Test
    void anXmlResourceWithoutRelAttributeIsWrittenBackWithoutIt() {
        String payload = "<resource " + NS + " href=\"/c\"><property name=\"subject\">Hi</property></resource>";

        TestConversation read = codec.read(payload, PayloadFormat.XML, TestConversation.class);

        assertThat(read.unknownMembers().relOnWire()).isEqualTo(RelOnWire.ABSENT);
        PayloadAssertions.assertSimilarXml(codec.writeToString(read, PayloadFormat.XML), payload);
    }

    @Test
    void anXmlInputIsWrittenBackAsAnInputAndAsJsonWithoutRel() {
        String payload = "<input " + NS + "><property name=\"subject\">Hi</property></input>";

        TestConversation read = codec.read(payload, PayloadFormat.XML, TestConversation.class);

        assertThat(read.unknownMembers().relOnWire()).isEqualTo(RelOnWire.INPUT);
        assertThat(read.subject()).isEqualTo("Hi");
        PayloadAssertions.assertSimilarXml(codec.writeToString(read, PayloadFormat.XML), payload);
        assertThat(PayloadAssertions.tree(codec.writeToString(read, PayloadFormat.JSON)).has("rel")).isFalse();
    }

    @Test
    void aResourceBuiltInCodeOrRebuiltNamesItsRel() {
        TestConversation read = codec.read("{\"subject\":\"Hi\"}", PayloadFormat.JSON, TestConversation.class);
        UnknownMembers named = read.unknownMembers().toBuilder().relOnWire(RelOnWire.NAMED).build();

        assertThat(UnknownMembers.empty().relOnWire()).isEqualTo(RelOnWire.NAMED);
        assertThat(read.unknownMembers().toBuilder().build()).isEqualTo(read.unknownMembers());
        assertThat(named).isEqualTo(UnknownMembers.empty());
        assertThat(named.relOnWire()).isNotEqualTo(read.unknownMembers().relOnWire());
        // how the document named the resource is a wire detail: it takes no part in equality
        assertThat(named).isEqualTo(read.unknownMembers()).hasSameHashCodeAs(read.unknownMembers());
        assertThat(read.unknownMembers().isEmpty()).isTrue();
        assertThat(read.unknownMembers().toString()).contains("relOnWire=ABSENT");
    }

    @Test
    void aGenericResourceKeepsAnInputRootToo() {
        String payload = "<input " + NS + "><property name=\"x\">1</property></input>";

        GenericResource read = codec.read(payload, PayloadFormat.XML, GenericResource.class);

        PayloadAssertions.assertSimilarXml(codec.writeToString(read, PayloadFormat.XML), payload);
    }
}
