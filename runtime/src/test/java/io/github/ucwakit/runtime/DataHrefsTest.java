package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A codec that defers data: hrefs reads a placeholder href as text and fails only when it is decoded. */
class DataHrefsTest {

    private static final String PLACEHOLDER = "data:application/sdp;base64,base64-encoded-sdp";
    private static final String JSON = "{\"rel\":\"audioVideoRenegotiation\",\"_links\":{\"mediaAnswer\":{\"href\":\""
            + PLACEHOLDER + "\"}},\"_embedded\":{\"inner\":{\"rel\":\"inner\",\"_links\":{\"body\":{\"href\":\""
            + PLACEHOLDER + "\"}}}}}";
    private static final String XML = "<resource xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" "
            + "rel=\"audioVideoRenegotiation\"><link rel=\"mediaAnswer\" href=\"" + PLACEHOLDER + "\"/></resource>";

    private final UcwaCodec strict = UcwaCodec.of(List.of());
    private final UcwaCodec deferring = strict.withDataHrefs(DataHrefs.DECODED_ON_DEMAND);

    @Test
    void theDefaultCodecRefusesAMalformedDataHrefWhileReading() {
        assertThat(strict.dataHrefs()).isEqualTo(DataHrefs.DECODED_ON_READ);
        for (PayloadFormat format : PayloadFormat.values()) {
            String payload = format == PayloadFormat.JSON ? JSON : XML;
            assertThatThrownBy(() -> strict.read(payload, format))
                    .isInstanceOfSatisfying(UcwaPayloadException.class,
                            e -> assertThat(e.kind()).isEqualTo(UcwaPayloadException.Kind.INVALID_VALUE));
        }
    }

    @Test
    void aDeferringCodecKeepsTheHrefAndWritesItBackUnchanged() {
        for (PayloadFormat format : PayloadFormat.values()) {
            String payload = format == PayloadFormat.JSON ? JSON : XML;

            UcwaResource resource = deferring.read(payload, format);

            Link link = resource.unknownMembers().links().get(0);
            assertThat(link.href()).isEqualTo(PLACEHOLDER);
            assertThat(deferring.read(deferring.writeToString(resource, format), format)).isEqualTo(resource);
        }
    }

    @Test
    void decodingADeferredHrefFailsWithTheRelAndTheHref() {
        Link link = deferring.read(JSON, PayloadFormat.JSON).unknownMembers().links().get(0);

        assertThatThrownBy(link::dataUri).isInstanceOfSatisfying(UcwaPayloadException.class, e -> {
            assertThat(e.kind()).isEqualTo(UcwaPayloadException.Kind.INVALID_VALUE);
            assertThat(e.location()).isEqualTo("link 'mediaAnswer'");
            assertThat(e.detail()).contains("not Base64", "'" + PLACEHOLDER + "'");
        });
    }

    @Test
    void deferringReachesEmbeddedResourcesAndKeepsTheLimits() {
        ReadLimits limits = ReadLimits.defaults();
        UcwaCodec codec = strict.withLimits(limits).withDataHrefs(DataHrefs.DECODED_ON_DEMAND).withLimits(limits);

        GenericResource inner = codec.read(JSON, PayloadFormat.JSON).unknownMembers().embedded().get(0);

        assertThat(codec.dataHrefs()).isEqualTo(DataHrefs.DECODED_ON_DEMAND);
        assertThat(inner.unknownMembers().links()).singleElement()
                .satisfies(l -> assertThat(l.href()).isEqualTo(PLACEHOLDER));
    }

    @Test
    void eventChannelResponsesFollowTheCodec() {
        String json = "{\"sender\":[{\"rel\":\"communication\",\"href\":\"/c\",\"events\":[{\"link\":"
                + "{\"rel\":\"audioVideoRenegotiation\",\"href\":\"/r\"},\"type\":\"added\",\"_embedded\":"
                + "{\"audioVideoRenegotiation\":" + JSON + "}}]}]}";
        String xml = "<events xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" href=\"/e\">"
                + "<sender rel=\"communication\" href=\"/c\"><added rel=\"audioVideoRenegotiation\" href=\"/r\">"
                + XML.replace(" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"", "")
                + "</added></sender></events>";

        for (PayloadFormat format : PayloadFormat.values()) {
            String payload = format == PayloadFormat.JSON ? json : xml;
            assertThatThrownBy(() -> new EventChannelCodec(strict).read(payload, format))
                    .isInstanceOf(UcwaPayloadException.class).hasMessageContaining("not Base64");
            UcwaResource resource = new EventChannelCodec(deferring).read(payload, format).senders().get(0)
                    .events().get(0).resource().orElseThrow();
            assertThat(resource.unknownMembers().links().get(0).href()).isEqualTo(PLACEHOLDER);
        }
    }

    @Test
    void aWellFormedDeferredHrefDecodesOnDemand() {
        Link link = Link.of("message", "data:text/plain;charset=utf-8,Hi+there");

        assertThat(link.dataUri()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("Hi there"));
    }
}
