package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.batch.BatchRequest;
import io.github.ucwakit.runtime.batch.BatchResponse;
import io.github.ucwakit.runtime.batch.ResponsePart;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The batch endpoint: several requests in one round trip, each answered as alone, in order. */
class BatchTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void severalGetsInOneRoundTrip(PayloadFormat format, UcwaSimulator simulator) throws Exception {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String app = application.self().orElseThrow().href();
        BatchRequest batch = BatchRequest.of("127.0.0.1:" + simulator.port(), List.of(
                get(application.people().orElseThrow().myContactsLink().orElseThrow().href(), format),
                get(application.me().orElseThrow().self().orElseThrow().href(), format),
                get(app + "/nothing", format),
                get(application.eventsLink().orElseThrow().href(), format)));
        HttpResponse<byte[]> response = post(wire, batch.request(application.batchLink()
                .orElseThrow().href()));
        assertThat(response.statusCode()).isEqualTo(200);
        BatchResponse parts = BatchResponse.parse(response.body(),
                response.headers().firstValue("Content-Type").orElseThrow());
        assertThat(parts.parts()).extracting(ResponsePart::status).containsExactly(200, 200, 404, 400);
        assertThat(Wire.CODEC.read(parts.parts().get(0).body(), format, MyContacts.class).contact()).hasSize(3);
        assertThat(Wire.CODEC.read(parts.parts().get(1).body(), format, Me.class).uri())
                .isEqualTo("sip:" + simulator.userName());
        assertThat(ErrorBodies.read(parts.parts().get(2).body(), format).subcode()).hasValue("ResourceNotFound");
        assertThat(parts.parts().get(1).payloadFormat()).hasValue(format);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aBatchNeedsATokenAndAMultipartBody(PayloadFormat format, UcwaSimulator simulator) throws Exception {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String batchHref = application.batchLink().orElseThrow().href();
        BatchRequest batch = BatchRequest.of("127.0.0.1:" + simulator.port(),
                List.of(get(application.me().orElseThrow().self().orElseThrow().href(), format)));
        String token = wire.token;
        wire.token = null;
        assertThat(post(wire, batch.request(batchHref)).statusCode()).isEqualTo(401);
        wire.token = token;
        HttpResponse<String> json = wire.post(batchHref, wire.mediaType(), "{}");
        CommunicationTest.assertError(json, format, 415, "UnsupportedMediaType");
    }

    private static UcwaRequest get(String href, PayloadFormat format) {
        return UcwaRequest.builder(HttpMethod.GET, href).accept(format).build();
    }

    private static HttpResponse<byte[]> post(Wire wire, UcwaRequest post)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = wire.request(post.href())
                .header("Content-Type", post.contentType().orElseThrow())
                .setHeader("Accept", "multipart/batching")
                .POST(HttpRequest.BodyPublishers.ofByteArray(post.body().orElseThrow()));
        return wire.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
