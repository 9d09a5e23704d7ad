package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.operations.OperationDescription;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GET, change one property, PUT: the communication page's GET responses, with the property the server asks to be
 * passed back in a PUT added, are read, changed and written as a PUT that keeps every property that was read
 * (unknown ones included) and sends the response's ETag as {@code If-Match}.
 */
class PutFlowTest {

    private static final ReferencePage PAGE = ReferencePage.load("communication_ref.md");
    private static final String GUID = "56de7bbf-1081-43e6-bbf2-1cabf3224c83";
    private static final String PLEASE = "please pass this in a PUT request";
    private static final String NEW_NUMBER = "tel:+14255550000";

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void aJsonPutKeepsEveryPropertyThatWasRead() {
        String get = PAGE.sampleAt(189, "\"rel\" : \"communication\"").body();
        String json = get.replace("\"rel\" : \"communication\",",
                "\"rel\" : \"communication\",\n  \"" + GUID + "\" : \"" + PLEASE + "\",");
        assertThat(json).contains(GUID);

        UcwaRequest put = changePhoneNumber(json, PayloadFormat.JSON, etagAfter("#### JSON Response"));

        ObjectNode expected = (ObjectNode) Payloads.tree(json);
        expected.put("phoneNumber", NEW_NUMBER);
        assertJsonEquals(expected.toString(), put.bodyAsString().orElseThrow());
        assertThat(put.contentType()).contains("application/json");
    }

    @Test
    void anXmlPutKeepsEveryPropertyThatWasRead() {
        String get = PAGE.sampleAt(292, "<resource rel=\"communication\"").body();
        String xml = get.replace("<property name=\"rel\">communication</property>",
                "<property name=\"rel\">communication</property>\n  <property name=\"" + GUID + "\">" + PLEASE
                        + "</property>");
        assertThat(xml).contains(GUID);

        UcwaRequest put = changePhoneNumber(xml, PayloadFormat.XML, etagAfter("#### XML Response"));

        assertXmlSimilar(xml.replace(">tel:+14255552222<", ">" + NEW_NUMBER + "<"), put.bodyAsString().orElseThrow());
        assertThat(put.contentType()).contains("application/xml");
    }

    /**
     * The compiler refuses these calls ({@link TypedOperationsCompileTest}); through raw types, which the compiler
     * only warns about, they still fail at run time.
     */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void onlyAPutReplacesAResourceAndOnlyOneOfItsOwnRelEvenThroughRawTypes() {
        Communication communication = Communication.builder()
                .self(Link.of("self", "/communication")).build();
        OperationDescription get = CommunicationOperations.GET;
        assertThatThrownBy(() -> get.put(communication, "1", PayloadFormat.JSON, codec))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a PUT");
        Conversation conversation = Conversation.builder()
                .self(Link.of("self", "/conversations/1")).build();
        OperationDescription put = CommunicationOperations.PUT;
        assertThatThrownBy(() -> put.put(conversation, "1", PayloadFormat.JSON, codec))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conversation");
    }

    private UcwaRequest changePhoneNumber(String body, PayloadFormat format, String etag) {
        Communication read = codec.read(body, format, Communication.class);
        assertThat(read.unknownMembers().properties()).containsEntry(GUID, new PropertyValue.Text(PLEASE))
                .containsKey("simultaneousRingNumberMatch");
        assertThat(read.phoneNumber()).isEqualTo("tel:+14255552222");
        Communication changed = read.toBuilder().phoneNumber(NEW_NUMBER).build();

        UcwaRequest put = CommunicationOperations.PUT.put(changed, etag, format, codec);

        assertThat(put.method()).isEqualTo(HttpMethod.PUT);
        assertThat(put.href()).isEqualTo("/ucwa/v1/applications/192/communication");
        assertThat(put.ifMatch()).contains(etag);
        assertThat(put.headers()).containsEntry("If-Match", etag);
        Communication sent = codec.read(put.bodyAsString().orElseThrow(), format, Communication.class);
        assertThat(sent).isEqualTo(changed);
        return put;
    }

    /** The ETag header of the response sample after a heading. */
    private static String etagAfter(String heading) {
        String text = PAGE.text();
        Matcher etag = Pattern.compile("(?m)^Etag: (\\S+)$").matcher(text);
        if (!etag.find(text.indexOf(heading))) {
            throw new IllegalStateException("no Etag header after " + heading);
        }
        return etag.group(1);
    }
}
