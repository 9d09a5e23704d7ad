package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.Root;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Autodiscovery, the OAuth challenge and token endpoint, and the application, over HTTP in both formats. */
class SignInTest {

    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void signsInAndCreatesTheApplication(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        HttpResponse<String> rootResponse = wire.get(simulator.rootUri().toString());
        assertThat(rootResponse.statusCode()).isEqualTo(200);
        assertThat(rootResponse.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(wire.mediaType()));
        Root root = wire.read(rootResponse, Root.class);
        assertThat(root.userLink()).isPresent();
        assertThat(root.xframeLink()).isPresent();

        HttpResponse<String> challenge = wire.get(root.userLink().orElseThrow().href());
        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(challenge.headers().firstValue("WWW-Authenticate")).hasValue("MsRtcOAuth href=\""
                + simulator.origin() + "/WebTicket/oauthtoken\",grant_type=\""
                + "urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\"");

        Application application = wire.application();
        assertThat(application.userAgent()).isEqualTo("wire-test/1.0");
        assertThat(application.culture()).isEqualTo("en-US");
        assertThat(application.me()).hasValueSatisfying(me -> assertThat(me.uri()).isEqualTo("sip:"
                + simulator.userName()));
        assertThat(application.people()).isPresent();
        assertThat(application.onlineMeetings()).isPresent();
        assertThat(application.communication()).hasValueSatisfying(c -> assertThat(c.startMessagingLink())
                .isPresent());
        assertThat(application.eventsLink()).isPresent();
        assertThat(application.batchLink()).isPresent();

        String self = application.self().orElseThrow().href();
        assertThat(wire.read(wire.get(self), Application.class).id()).isEqualTo(application.id());
        Me me = wire.read(wire.get(application.me().orElseThrow().self().orElseThrow().href()), Me.class);
        assertThat(me.name()).isEqualTo(application.me().orElseThrow().name());
    }

    @Test
    void theSameEndpointGetsTheSameApplication(UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, PayloadFormat.JSON);
        String applications = wire.signIn();
        String body = "{\"userAgent\":\"UCWA Samples\",\"endpointId\":\"a917c6f4\",\"culture\":\"en-US\"}";
        Application first = wire.read(wire.post(applications, "application/json", body), Application.class);
        Application again = wire.read(wire.post(applications, "application/json", body), Application.class);
        assertThat(first.userAgent()).isEqualTo("UCWA Samples");
        assertThat(again.id()).isEqualTo(first.id());
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void anApplicationWithoutItsRequiredInputIsABadRequest(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String applications = wire.signIn();
        String body = format == PayloadFormat.JSON ? "{\"culture\":\"en-US\"}"
                : "<input xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
                        + "<property name=\"culture\">en-US</property></input>";
        HttpResponse<String> response = wire.post(applications, wire.mediaType(), body);
        assertThat(response.statusCode()).isEqualTo(400);
        UcwaError error = ErrorBodies.read(response.body(), format);
        assertThat(error.code()).isEqualTo("BadRequest");
        assertThat(error.subcode()).hasValue("ParameterValidationFailure");
        assertThat(error.parameters()).isNotEmpty();
    }

    @Test
    void theTokenEndpointAnswersTheReferencesErrors(UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, PayloadFormat.JSON);
        String url = simulator.origin() + "/WebTicket/oauthtoken";
        String form = "application/x-www-form-urlencoded;charset=UTF-8";
        assertThat(wire.post(url, form, "grant_type=password&username=" + simulator.userName() + "&password=wrong"))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
                .satisfies(r -> assertThat(r.body()).isEqualTo("{\"error\":\"invalid_grant\"}"));
        assertThat(wire.post(url, form, "grant_type=urn:microsoft.rtc:passive").body())
                .isEqualTo("{\"error\":\"unsupported_grant_type\"}");
        assertThat(wire.post(url, form, "username=x").body()).isEqualTo("{\"error\":\"invalid_request\"}");
        assertThat(wire.post(url, "application/json", "{}").body()).isEqualTo("{\"error\":\"invalid_request\"}");
        HttpResponse<String> ok = wire.post(url, form, "grant_type=password&username="
                + simulator.userName().toUpperCase(java.util.Locale.ROOT) + "&password=" + simulator.password());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).matches("\\{\"access_token\":\"cwt=[A-Za-z0-9_-]+\",\"expires_in\":28800,"
                + "\"ms_rtc_identityscope\":\"local\",\"token_type\":\"Bearer\"}");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aMissingWrongOrExpiredTokenGetsTheChallenge(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        Application application = wire.application();
        String me = application.me().orElseThrow().self().orElseThrow().href();
        assertThat(wire.get(me).statusCode()).isEqualTo(200);

        String valid = wire.token;
        wire.token = "cwt=not-a-token";
        assertChallenge(wire.get(me));
        wire.token = null;
        assertChallenge(wire.get(me));

        wire.token = valid;
        simulator.faults().expireTokens();
        assertChallenge(wire.get(me));
        wire.signIn();
        assertThat(wire.get(me).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (UcwaSimulator simulator = UcwaSimulator.builder().tokenLifetime(Duration.ofMinutes(10)).clock(clock)
                .build().start()) {
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            String me = wire.application().me().orElseThrow().self().orElseThrow().href();
            clock.now = clock.now.plus(Duration.ofMinutes(9));
            assertThat(wire.get(me).statusCode()).isEqualTo(200);
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            assertChallenge(wire.get(me));
        }
    }

    @Test
    void autodiscoveryCanRedirectFirst() {
        try (UcwaSimulator simulator = UcwaSimulator.builder().redirect(true).build().start()) {
            Wire wire = new Wire(simulator, PayloadFormat.JSON);
            Root first = wire.read(wire.get(simulator.rootUri().toString()), Root.class);
            assertThat(first.userLink()).isEmpty();
            String redirect = first.redirectLink().orElseThrow().href();
            assertThat(redirect).startsWith(simulator.origin());
            Root second = wire.read(wire.get(redirect), Root.class);
            assertThat(wire.get(second.userLink().orElseThrow().href()).statusCode()).isEqualTo(401);
        }
    }

    private static void assertChallenge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("MsRtcOAuth href=\""));
    }

    /** A clock a test moves. */
    static final class MutableClock extends Clock {

        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
