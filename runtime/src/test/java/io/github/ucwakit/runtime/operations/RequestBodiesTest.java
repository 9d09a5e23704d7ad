package io.github.ucwakit.runtime.operations;

import static io.github.ucwakit.runtime.testsupport.PayloadAssertions.assertSimilarXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestInviteInput;
import io.github.ucwakit.runtime.testmodel.TestInviteInputBinding;
import io.github.ucwakit.runtime.testsupport.PayloadAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies read into their input class and written back as they came. */
class RequestBodiesTest {

    private static final String NS = "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"";
    private static final String JSON = "{\"to\":\"sip:ann@contoso.com\",\"priorities\":[1,2],\"operationId\":\"7\","
            + "\"_links\":{\"mediaOffer\":{\"href\":\"data:application/sdp;base64,dj0w\"},"
            + "\"extra\":{\"href\":\"/x\"}}}";
    private static final String XML = "<input " + NS + "><property name=\"to\">sip:ann@contoso.com</property>"
            + "<propertyList name=\"priorities\"><item>1</item><item>2</item></propertyList>"
            + "<property name=\"operationId\">7</property>"
            + "<link rel=\"mediaOffer\" href=\"data:application/sdp;base64,dj0w\"/></input>";

    private final TestInviteInputBinding binding = TestInviteInputBinding.INSTANCE;

    @Test
    void aJsonBodyIsReadIntoItsParametersAndKeepsTheRest() {
        TestInviteInput input = RequestBodies.read(JSON, PayloadFormat.JSON, binding);

        assertThat(input.to()).isEqualTo("sip:ann@contoso.com");
        assertThat(input.priorities()).containsExactly(1, 2);
        assertThat(input.mediaOffer()).isEqualTo(Link.of("mediaOffer", "data:application/sdp;base64,dj0w"));
        assertThat(input.mediaOffer().dataUri()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("v=0"));
        assertThat(input.unknownMembers().properties()).containsOnlyKeys("operationId");
        assertThat(input.unknownMembers().links()).extracting(Link::rel).containsExactly("extra");
        assertThat(PayloadAssertions.tree(RequestBodies.writeToString(input, PayloadFormat.JSON)))
                .isEqualTo(PayloadAssertions.tree(JSON));
    }

    @Test
    void anXmlInputIsReadAndWrittenBackAsAnInput() {
        TestInviteInput input = RequestBodies.read(XML, PayloadFormat.XML, binding);

        assertThat(input.priorities()).containsExactly(1, 2);
        assertThat(input.mediaOffer().href()).isEqualTo("data:application/sdp;base64,dj0w");
        assertThat(input.unknownMembers().properties()).containsEntry("operationId", new PropertyValue.Text("7"));
        assertSimilarXml(RequestBodies.writeToString(input, PayloadFormat.XML), XML);
    }

    @Test
    void anInputBuiltInCodeWritesItsLinkParameterUnderItsName() {
        TestInviteInput input = new TestInviteInput("sip:bob@contoso.com", null,
                Link.of("whatever", "data:text/plain,Hi"), UnknownMembers.empty());

        String json = RequestBodies.writeToString(input, PayloadFormat.JSON);
        String xml = RequestBodies.writeToString(input, PayloadFormat.XML);

        assertThat(PayloadAssertions.tree(json)).isEqualTo(PayloadAssertions.tree(
                "{\"to\":\"sip:bob@contoso.com\",\"_links\":{\"mediaOffer\":{\"href\":\"data:text/plain,Hi\"}}}"));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><input " + NS + ">");
        assertSimilarXml(xml, "<input " + NS + "><property name=\"to\">sip:bob@contoso.com</property>"
                + "<link rel=\"mediaOffer\" href=\"data:text/plain,Hi\"/></input>");
        assertThat(RequestBodies.read(xml, PayloadFormat.XML, binding)).isEqualTo(new TestInviteInput(input.to(),
                null, Link.of("mediaOffer", "data:text/plain,Hi"), UnknownMembers.empty()));
    }

    @Test
    void aMissingRequiredParameterFailsTheReadAsAMissingValue() {
        assertThatThrownBy(() -> RequestBodies.read("{\"priorities\":[]}", PayloadFormat.JSON, binding))
                .isInstanceOfSatisfying(UcwaPayloadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UcwaPayloadException.Kind.MISSING_VALUE);
                    assertThat(e.detail()).isEqualTo("TestInviteInput needs 'to'");
                });
    }

    @Test
    void theCodecsWayWithDataHrefsApplies() {
        String placeholder = "{\"to\":\"t\",\"_links\":{\"mediaOffer\":{\"href\":\"data:application/sdp;base64,"
                + "base64-encoded-sdp\"}}}";
        UcwaCodec codec = UcwaCodec.of(List.of());

        assertThatThrownBy(() -> RequestBodies.read(placeholder, PayloadFormat.JSON, binding, codec))
                .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("not Base64");
        TestInviteInput input = RequestBodies.read(placeholder, PayloadFormat.JSON, binding,
                codec.withDataHrefs(DataHrefs.DECODED_ON_DEMAND));
        assertThatThrownBy(() -> input.mediaOffer().dataUri()).isInstanceOf(UcwaPayloadException.class)
                .hasMessageStartingWith("link 'mediaOffer': ");
    }
}
