package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.runtime.PayloadFormat;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The resources the simulator serves have the properties, link rels and embedded resources of the reference's own
 * samples of them (the first JSON response sample of each page), so that a change on either side fails here.
 */
class ReferenceShapeTest {

    @Test
    void autodiscoveryIsShapedLikeTheRootSample() {
        ReferenceSamples.Shape sample = ReferenceSamples.responseShape("root_ref.md", "GET");
        ReferenceSamples.Shape served;
        try (UcwaSimulator direct = UcwaSimulator.builder().build().start();
                UcwaSimulator redirecting = UcwaSimulator.builder().redirect(true).build().start()) {
            served = shape(new Wire(direct, PayloadFormat.JSON).get(direct.rootUri().toString()))
                    .union(shape(new Wire(redirecting, PayloadFormat.JSON).get(redirecting.rootUri().toString())));
        }
        assertThat(served).isEqualTo(sample);
    }

    @Test
    void theApplicationAndWhatItEmbedsAreShapedLikeTheirSamples() {
        try (UcwaSimulator simulator = UcwaSimulator.builder().build().start()) {
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            Application application = wire.application();
            String app = application.self().orElseThrow().href();
            assertShape("application_ref.md", "GET", wire.get(app));
            assertShape("me_ref.md", "GET", wire.get(application.me().orElseThrow().self().orElseThrow().href()));
            assertShape("people_ref.md", "GET",
                    wire.get(application.people().orElseThrow().self().orElseThrow().href()));
            // communication carries one opaque property a PUT must send back (the application sample of
            // CreateAnApplication.md shows one); the rest is the communication page's sample
            HttpResponse<String> communication =
                    wire.get(application.communication().orElseThrow().self().orElseThrow().href());
            assertThat(shape(communication).properties()).hasSize(
                    shape(communication).withoutOpaqueProperties().properties().size() + 1);
            assertThat(shape(communication).withoutOpaqueProperties())
                    .isEqualTo(ReferenceSamples.responseShape("communication_ref.md", "GET"));
        }
    }

    static void assertShape(String page, String method, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        assertThat(shape(response)).as("%s %s", method, page)
                .isEqualTo(ReferenceSamples.responseShape(page, method));
    }

    static ReferenceSamples.Shape shape(HttpResponse<String> response) {
        return ReferenceSamples.Shape.of(response.body());
    }
}
