package io.github.ucwakit.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the writers produce, byte for byte, and what they refuse to write. */
class BatchWriterTest {

    private static final UUID FIXED = UUID.fromString("77f2569d-c005-442b-b856-782305305e5f");
    private static final BoundarySource FIXED_SOURCE = BoundarySource.uuids(() -> FIXED);

    @Test
    void requestsAreWrittenAsTheReferenceShowsThem() {
        UcwaRequest contacts = UcwaRequest.builder(HttpMethod.GET,
                "https://lyncweb.contoso.com/ucwa/oauth/v1/applications/103/people/contacts")
                .accept(PayloadFormat.JSON).build();
        UcwaRequest note = UcwaRequest.builder(HttpMethod.POST, "/ucwa/oauth/v1/applications/103/me/note")
                .accept(PayloadFormat.JSON).body("{\"message\":\"hi\"}".getBytes(StandardCharsets.UTF_8),
                        "application/json").build();

        MultipartBody body = BatchRequest.of("lyncweb.contoso.com", List.of(contacts, note)).write(FIXED_SOURCE);

        assertThat(body.contentType()).isEqualTo("multipart/batching;boundary=" + FIXED);
        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "--" + FIXED,
                "Content-Type: application/http; msgtype=request",
                "",
                "GET /ucwa/oauth/v1/applications/103/people/contacts HTTP/1.1",
                "Host: lyncweb.contoso.com",
                "Accept: application/json",
                "",
                "",
                "--" + FIXED,
                "Content-Type: application/http; msgtype=request",
                "",
                "POST /ucwa/oauth/v1/applications/103/me/note HTTP/1.1",
                "Host: lyncweb.contoso.com",
                "Accept: application/json",
                "Content-Type: application/json",
                "Content-Length: 16",
                "",
                "{\"message\":\"hi\"}",
                "--" + FIXED + "--",
                ""));
    }

    @Test
    void theBatchPostAcceptsABatch() {
        UcwaRequest me = UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").build();
        BatchRequest batch = BatchRequest.of("h", List.of(me));

        UcwaRequest post = batch.request("/ucwa/oauth/v1/applications/103/batch");

        assertThat(post.method()).isEqualTo(HttpMethod.POST);
        assertThat(post.href()).isEqualTo("/ucwa/oauth/v1/applications/103/batch");
        assertThat(post.header("accept")).contains("multipart/batching");
        MultipartBody written = batch.write();
        assertThat(post.contentType()).contains(written.contentType());
        assertThat(post.body()).hasValueSatisfying(b -> assertThat(b).isEqualTo(written.bytes()));
        assertThat(written.contentType()).matches("multipart/batching;boundary=batch_[0-9a-f]{32}");
        assertThat(batch.write()).as("the digest boundary is deterministic").isEqualTo(written);
    }

    @Test
    void responsesAreWrittenWithStatusLineAndLength() {
        UcwaError notFound = UcwaError.builder("NotFound").build();
        byte[] error = ErrorBodies.writeToString(notFound, PayloadFormat.JSON).getBytes(StandardCharsets.UTF_8);
        BatchResponse response = BatchResponse.of(List.of(
                ResponsePart.builder(204).build(),
                ResponsePart.builder(404).body(error, "application/json").build()));

        MultipartBody body = response.write(FIXED_SOURCE);

        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "--" + FIXED,
                "Content-Type: application/http; msgtype=response",
                "",
                "HTTP/1.1 204 No Content",
                "",
                "",
                "--" + FIXED,
                "Content-Type: application/http; msgtype=response",
                "",
                "HTTP/1.1 404 Not Found",
                "Content-Type: application/json",
                "Content-Length: " + error.length,
                "",
                new String(error, StandardCharsets.UTF_8),
                "--" + FIXED + "--",
                ""));
        ResponsePart failed = BatchResponse.parse(body.bytes(), body.contentType()).parts().get(1);
        assertThat(failed.isSuccess()).isFalse();
        assertThat(ErrorBodies.read(failed.body(), failed.payloadFormat().orElseThrow())).isEqualTo(notFound);
    }

    @Test
    void aBoundaryThatATokenCannotHoldIsQuoted() {
        MultipartBody body = BatchResponse.of(List.of(ResponsePart.builder(200).build()))
                .write((parts, attempt) -> "a:b=c d");

        assertThat(body.contentType()).isEqualTo("multipart/batching;boundary=\"a:b=c d\"");
        assertThat(BatchResponse.parse(body.bytes(), body.contentType()).parts()).hasSize(1);
    }

    @Test
    void aBoundarySourceThatAlwaysCollidesOrBreaksTheRulesIsRefused() {
        BatchResponse response = BatchResponse.of(List.of(ResponsePart.builder(200).header("X", "--same").build()));

        assertThatThrownBy(() -> response.write((parts, attempt) -> "same"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("occur in a part");
        assertThatThrownBy(() -> response.write((parts, attempt) -> "x".repeat(71)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 70");
        assertThatThrownBy(() -> response.write((parts, attempt) -> "tab\there"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsThatCannotBeWrittenAreRefusedWithTheirPlace() {
        UcwaRequest fine = UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").build();

        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").header("X-Evil", "a\r\n--b\r\nInjected: 1")
                .build(), "request 2, header 'X-Evil'", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").header("Bad Name", "v").build(),
                "request 2, header 'Bad Name'", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").header("Host", "other").build(),
                "request 2, header 'Host'", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").header("content-length", "3").build(),
                "request 2, header 'content-length'", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").header("X", "\u4f1a").build(),
                "request 2, header 'X'", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me").header("X", "padded ").build(),
                "request 2, header 'X'", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "/ucwa/me me").build(), "request 2", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "ucwa/me").build(), "request 2", fine);
        assertRefused(UcwaRequest.builder(HttpMethod.GET, "https://elsewhere.contoso.com/ucwa/me").build(),
                "request 2", fine);
    }

    @Test
    void responsesThatCannotBeWrittenAreRefusedWithTheirPlace() {
        UcwaPayloadException reason = catchThrowableOfType(UcwaPayloadException.class, () -> BatchResponse.of(List.of(
                ResponsePart.builder(200).reason("OK\r\nX: 1").build())).write());
        UcwaPayloadException header = catchThrowableOfType(UcwaPayloadException.class, () -> BatchResponse.of(List.of(
                ResponsePart.builder(200).build(), ResponsePart.builder(200).header("X", "\u0000").build())).write());

        assertThat(reason.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(reason.location()).isEqualTo("response 1");
        assertThat(header.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(header.location()).isEqualTo("response 2, header 'X'");
    }

    @Test
    void batchesAreNeverEmpty() {
        assertThatThrownBy(() -> BatchRequest.of("h", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchResponse.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchRequest.of("h/x", List.of(UcwaRequest.builder(HttpMethod.GET, "/").build())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamIsReadNoFurtherThanTheLimit() {
        byte[] big = new byte[1_000_000];
        CountingStream in = new CountingStream(big);

        UcwaPayloadException refused = catchThrowableOfType(UcwaPayloadException.class, () -> BatchResponse.parse(
                in, "multipart/batching;boundary=b", BatchLimits.defaults().withMaxBodySize(1000)));

        assertThat(refused.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(in.consumed()).isLessThanOrEqualTo(1001 + 8192);
    }

    private static void assertRefused(UcwaRequest bad, String location, UcwaRequest fine) {
        UcwaPayloadException refused = catchThrowableOfType(UcwaPayloadException.class,
                () -> BatchRequest.of("lyncweb.contoso.com", List.of(fine, bad)).write());
        assertThat(refused).as("%s", bad).isNotNull();
        assertThat(refused.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(refused.location()).as(refused.getMessage()).isEqualTo(location);
    }

    /** Counts the bytes read from it. */
    private static final class CountingStream extends ByteArrayInputStream {

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        int consumed() {
            return pos;
        }
    }
}
