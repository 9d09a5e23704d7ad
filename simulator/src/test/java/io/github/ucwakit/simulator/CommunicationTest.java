package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.GenericErrors;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GET-change-PUT of {@code communication}: the ETag, If-Match, 412, 428 and the properties a PUT must echo. */
class CommunicationTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void getChangePutWithTheEtag(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String href = application.communication().orElseThrow().self().orElseThrow().href();

        HttpResponse<String> got = wire.get(href);
        assertThat(got.statusCode()).isEqualTo(200);
        String etag = got.headers().firstValue("ETag").orElseThrow();
        Communication communication = wire.read(got, Communication.class);
        assertThat(communication.unknownMembers().properties()).hasSize(1);

        Communication changed = communication.toBuilder().phoneNumber("tel:+14255559999").build();
        HttpResponse<String> put = put(wire, href, changed, etag);
        assertThat(put.statusCode()).isEqualTo(200);
        String newEtag = put.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);

        HttpResponse<String> again = wire.get(href);
        assertThat(again.headers().firstValue("ETag")).hasValue(newEtag);
        Communication stored = wire.read(again, Communication.class);
        assertThat(stored.phoneNumber()).isEqualTo("tel:+14255559999");
        assertThat(stored.unknownMembers().properties()).isEqualTo(communication.unknownMembers().properties());

        HttpResponse<String> stale = put(wire, href, changed, etag);
        assertError(stale, format, 412, "PreconditionFailed");
        assertThat(GenericErrors.match(ErrorBodies.read(stale.body(), format)).orElseThrow().name())
                .isEqualTo("PreconditionFailed");

        HttpResponse<String> events = wire.get(application.eventsLink().orElseThrow().href() + "&timeout=0");
        EventChannelResponse channel = new EventChannelCodec(Wire.CODEC).read(events.body(), format);
        assertThat(channel.events()).anySatisfy(event -> assertThat(event.resource(Communication.class))
                .hasValueSatisfying(c -> assertThat(c.phoneNumber()).isEqualTo("tel:+14255559999")));
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aPutWithoutIfMatchIsRefusedWith428(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String href = wire.application().communication().orElseThrow().self().orElseThrow().href();
        Communication communication = wire.read(wire.get(href), Communication.class);
        assertError(put(wire, href, communication, null), format, 428, "PreconditionRequired");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aPutThatDropsAnUnknownPropertyIsABadRequest(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String href = wire.application().communication().orElseThrow().self().orElseThrow().href();
        HttpResponse<String> got = wire.get(href);
        Communication communication = wire.read(got, Communication.class);
        Communication dropped = communication.toBuilder().unknownMembers(UnknownMembers.empty()).build();
        HttpResponse<String> response = put(wire, href, dropped, got.headers().firstValue("ETag").orElseThrow());
        UcwaError error = assertError(response, format, 400, "BadRequest");
        assertThat(error.subcode()).hasValue("ParameterValidationFailure");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theForcedSwitchesAnswer412And409(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String href = wire.application().communication().orElseThrow().self().orElseThrow().href();
        HttpResponse<String> got = wire.get(href);
        Communication communication = wire.read(got, Communication.class);
        String etag = got.headers().firstValue("ETag").orElseThrow();

        simulator.faults().preconditionFailed(1);
        assertError(put(wire, href, communication, etag), format, 412, "PreconditionFailed");
        simulator.faults().conflict(1);
        HttpResponse<String> conflict = wire.get(href);
        UcwaError error = assertError(conflict, format, 409, "Conflict");
        assertThat(CommunicationOperations.GET.errors().match(409, error)).isPresent();
        assertThat(put(wire, href, communication, etag).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> put(Wire wire, String href, Communication body, String etag) {
        HttpRequest.Builder request = wire.request(href).header("Content-Type", wire.mediaType())
                .PUT(HttpRequest.BodyPublishers.ofString(Wire.CODEC.writeToString(body, wire.format)));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return wire.send(request.build());
    }

    static UcwaError assertError(HttpResponse<String> response, PayloadFormat format, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(format == PayloadFormat.XML ? "application/xml" : "application/json"));
        UcwaError error = ErrorBodies.read(response.body(), format);
        assertThat(error.code()).isEqualTo(code);
        return error;
    }
}
