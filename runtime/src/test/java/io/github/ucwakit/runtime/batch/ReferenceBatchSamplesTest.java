package io.github.ucwakit.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch samples of the reference pages ({@code BatchingRequests.md}, {@code GroupingRequestsInABatch.md},
 * {@code batch_ref.md}), read from the folder of {@code ucwa.reference}: the requests and responses parse into
 * their parts, written again they read back the same, and the two samples whose line breaks the page turned into
 * {@code <BR>} are refused with a typed failure.
 */
class ReferenceBatchSamplesTest {

    @Test
    void batchingRequestsPageRequest() {
        ReferenceBatch sample = ReferenceBatch.at("BatchingRequests.md", 26);
        assertThat(sample.contentType()).isEqualTo("multipart/batching;boundary=77f2569d-c005-442b-b856-782305305e5f");

        BatchRequest batch = BatchRequest.parse(sample.body(), sample.contentType());

        assertThat(batch.host()).isEqualTo("lyncweb.contoso.com");
        assertThat(batch.requests()).containsExactly(
                get("/ucwa/oauth/v1/applications/103/people/contacts", "application/json"),
                get("/ucwa/oauth/v1/applications/103/me", "application/json"));
        assertRewrittenTheSame(batch);
    }

    @Test
    void batchingRequestsPageResponse() {
        ReferenceBatch sample = ReferenceBatch.at("BatchingRequests.md", 69);

        BatchResponse response = BatchResponse.parse(sample.body(), sample.contentType());

        assertThat(response.parts()).hasSize(2).allSatisfy(part -> {
            assertThat(part.status()).isEqualTo(200);
            assertThat(part.reason()).isEqualTo("OK");
            assertThat(part.header("cache-control")).contains("no-cache");
            assertThat(part.contentType()).contains("application/json; charset=utf-8");
            assertThat(part.payloadFormat()).contains(PayloadFormat.JSON);
        });
        // the page shows a '?' line before each JSON body and elides members with '...'
        assertThat(response.parts().get(0).bodyAsString()).startsWith("?\n{\n \"_links\":{")
                .endsWith("\"rel\":\"myContacts\"\n}");
        assertThat(response.parts().get(1).bodyAsString()).startsWith("?\n{\n \"name\":\"Dana Birkby\",")
                .endsWith("\"rel\":\"me\"\n}");
        assertRewrittenTheSame(response);
    }

    @Test
    void groupingRequestsPageRequestWithoutItsCloseDelimiter() {
        ReferenceBatch sample = ReferenceBatch.at("GroupingRequestsInABatch.md", 21);

        BatchRequest batch = BatchRequest.parse(sample.body(), sample.contentType());

        assertThat(batch.host()).isEqualTo("lyncweb.contoso.com");
        assertThat(batch.requests()).containsExactly(
                get("/ucwa/oauth/v1/applications/103/people/contacts", "application/json"),
                get("/ucwa/oauth/v1/applications/103/me", "application/json"));
    }

    @Test
    void batchReferenceXmlRequest() {
        ReferenceBatch sample = ReferenceBatch.at("batch_ref.md", 225);
        assertThat(sample.contentType()).isEqualTo("multipart/batching;boundary=\"EA370946\"");

        BatchRequest batch = BatchRequest.parse(sample.body(), sample.contentType());

        String xml = "application/vnd.microsoft.com.ucwa+xml";
        assertThat(batch.host()).isEqualTo("fe1.contoso.com");
        assertThat(batch.requests()).containsExactly(
                UcwaRequest.builder(HttpMethod.GET, "/ucwa/v1/applications/11540713861/policies")
                        .header("Accept", xml).header("Content-Type", xml).build(),
                UcwaRequest.builder(HttpMethod.GET, "/ucwa/v1/applications/11540713861/me/phones")
                        .header("Accept", xml).header("Content-Type", xml).build());
        assertRewrittenTheSame(batch);
    }

    @Test
    void batchReferenceXmlResponsePartsReadWithTheCodec() {
        ReferenceBatch sample = ReferenceBatch.at("batch_ref.md", 261);

        BatchResponse response = BatchResponse.parse(sample.body(), sample.contentType());

        assertThat(response.parts()).hasSize(2);
        UcwaCodec codec = UcwaCodec.of(List.of());
        List<String> rels = response.parts().stream().map(part -> {
            assertThat(part.status()).isEqualTo(200);
            assertThat(part.payloadFormat()).contains(PayloadFormat.XML);
            UcwaResource resource = codec.read(part.body(), part.payloadFormat().orElseThrow());
            assertThat(resource).isInstanceOf(GenericResource.class);
            return resource.rel();
        }).toList();
        assertThat(rels).containsExactly("policies", "phones");
        assertRewrittenTheSame(response);
    }

    /** The page turned the JSON samples' line breaks into {@code <BR>}: no line of the body is a delimiter. */
    @Test
    void batchReferenceJsonSamplesLostTheirLineBreaks() {
        ReferenceBatch request = ReferenceBatch.at("batch_ref.md", 106);
        ReferenceBatch response = ReferenceBatch.at("batch_ref.md", 122);

        UcwaPayloadException requestFailure = catchThrowableOfType(UcwaPayloadException.class,
                () -> BatchRequest.parse(request.body(), request.contentType()));
        UcwaPayloadException responseFailure = catchThrowableOfType(UcwaPayloadException.class,
                () -> BatchResponse.parse(response.body(), response.contentType()));

        assertThat(List.of(requestFailure, responseFailure)).allSatisfy(failure -> {
            assertThat(failure.kind()).isEqualTo(UcwaPayloadException.Kind.MALFORMED);
            assertThat(failure.location()).isNull();
            assertThat(failure.detail()).startsWith("no delimiter line");
        });
    }

    private static UcwaRequest get(String href, String accept) {
        return UcwaRequest.builder(HttpMethod.GET, href).header("Accept", accept).build();
    }

    private static void assertRewrittenTheSame(BatchRequest batch) {
        MultipartBody written = batch.write();
        assertThat(BatchRequest.parse(written.bytes(), written.contentType())).isEqualTo(batch);
    }

    private static void assertRewrittenTheSame(BatchResponse response) {
        MultipartBody written = response.write();
        assertThat(BatchResponse.parse(written.bytes(), written.contentType())).isEqualTo(response);
    }
}
