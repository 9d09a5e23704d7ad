package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.MeOperations;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.batch.BatchRequest;
import io.github.ucwakit.runtime.batch.BatchResponse;
import io.github.ucwakit.runtime.batch.MultipartBody;
import io.github.ucwakit.runtime.batch.ResponsePart;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Several requests in one round trip, each answer typed, a failing part failing alone. */
class BatchTest {

    private static final String BATCH = "/ucwa/oauth/v1/applications/105/batch";

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void partsAreSentInOnePostAndReadIntoTheirClasses(PayloadFormat format) throws Exception {
        UcwaCodec codec = UcwaCodec.create();
        String type = format == PayloadFormat.JSON ? "application/json" : "application/xml";
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            List<UcwaRequest> received = new ArrayList<>();
            s.server().on(BATCH, s.ucwa().authorized(request -> {
                BatchRequest batch = BatchRequest.parse(request.body().getBytes(StandardCharsets.UTF_8),
                        request.header("Content-Type"));
                received.addAll(batch.requests());
                MultipartBody body = BatchResponse.of(List.of(
                        ResponsePart.builder(200).body(codec.writeToString(Me.builder().name("Lene").build(), format)
                                .getBytes(StandardCharsets.UTF_8), type).header("ETag", "\"7\"").build(),
                        ResponsePart.builder(404).body(ErrorBodies.writeToString(UcwaError.builder("NotFound")
                                .subcode("ResourceNotFound").build(), format).getBytes(StandardCharsets.UTF_8), type)
                                .build(),
                        ResponsePart.builder(200).body(codec.writeToString(GenericResource.builder().rel("policies")
                                .build(), format).getBytes(StandardCharsets.UTF_8), type).build())).write();
                return new Reply(200, java.util.Map.of("Content-Type", List.of(body.contentType())),
                        new String(body.bytes(), StandardCharsets.UTF_8), false);
            }));
            Batch batch = s.client().batch();
            BatchPart<Me> me = batch.add(MeOperations.GET, Link.of("me", "/ucwa/oauth/v1/applications/105/me"));
            BatchPart<Me> gone = batch.get(Link.of("me", "/ucwa/oauth/v1/applications/105/gone"), Me.class);
            BatchPart<GenericResource> policies = batch.get(Link.of("policies",
                    "/ucwa/oauth/v1/applications/105/policies"), GenericResource.class);

            BatchResults results = batch.send();

            assertThat(s.server().requests(BATCH)).hasSize(1);
            assertThat(received).extracting(UcwaRequest::href).containsExactly("/ucwa/oauth/v1/applications/105/me",
                    "/ucwa/oauth/v1/applications/105/gone", "/ucwa/oauth/v1/applications/105/policies");
            assertThat(received).allSatisfy(r -> assertThat(r.header("Accept")).contains(type));
            assertThat(results.size()).isEqualTo(3);
            assertThat(results.get(me).tagged().value().name()).isEqualTo("Lene");
            assertThat(results.get(me).etag()).contains("\"7\"");
            assertThatThrownBy(() -> results.get(gone)).isInstanceOfSatisfying(UcwaErrorException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.genericError().map(g -> g.name())).contains("ResourceNotFound");
            });
            assertThat(results.failure(me)).isEmpty();
            assertThat(results.get(policies).body().map(GenericResource::rel)).contains("policies");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aResponseWithTooFewPartsIsRefused(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            s.server().on(BATCH, s.ucwa().authorized(request -> {
                MultipartBody body = BatchResponse.of(List.of(ResponsePart.builder(204).build())).write();
                return new Reply(200, java.util.Map.of("Content-Type", List.of(body.contentType())),
                        new String(body.bytes(), StandardCharsets.UTF_8), false);
            }));
            Batch batch = s.client().batch();
            batch.get(Link.of("me", "/ucwa/oauth/v1/applications/105/me"), Me.class);
            batch.get(Link.of("me", "/ucwa/oauth/v1/applications/105/me"), Me.class);

            assertThatThrownBy(batch::send).isInstanceOf(UcwaClientException.class).hasMessageContaining("1 parts for 2");
        }
    }
}
