package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.auth.AccessToken;
import io.github.ucwakit.client.auth.TokenProvider;
import io.github.ucwakit.client.errors.UcwaAuthenticationException;
import io.github.ucwakit.client.testing.FakeServer.Recorded;
import io.github.ucwakit.client.testing.FakeUcwa;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.PayloadFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Grants other than the password, the caller's own tokens, and renewal before expiry. */
class TokenProvidersTest {

    private static final String ME = "/ucwa/oauth/v1/applications/105/me";

    @Test
    void anotherGrantIsPostedAsGivenAndItsRefusalNamed() throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(PayloadFormat.JSON)) {
            UcwaClient client = UcwaClient.builder(ucwa.rootUri())
                    .tokenProvider(TokenProvider.grant("urn:microsoft.rtc:windows", Map.of())).build();

            assertThatThrownBy(client::signIn).isInstanceOfSatisfying(UcwaAuthenticationException.class,
                    e -> assertThat(e.oauthError()).contains("unsupported_grant_type"));
            assertThat(ucwa.server().requests("/WebTicket/oauthtoken")).extracting(Recorded::body)
                    .containsExactly("grant_type=urn%3Amicrosoft.rtc%3Awindows");
        }
    }

    @Test
    void aCallerSuppliedProviderIsAskedWithTheChallenge() throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(PayloadFormat.XML)) {
            AtomicReference<List<String>> offered = new AtomicReference<>();
            TokenProvider own = request -> {
                offered.set(request.challenge().grantTypes());
                return TokenProvider.password(FakeUcwa.USER, FakeUcwa.PASSWORD).token(request);
            };
            UcwaClient client = UcwaClient.builder(ucwa.rootUri()).format(PayloadFormat.XML).tokenProvider(own).build();

            client.signIn();

            assertThat(offered.get()).contains("password", "urn:microsoft.rtc:windows");
        }
    }

    @Test
    void aProviderThatFailsFailsTheSignIn() throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(PayloadFormat.JSON)) {
            UcwaClient client = UcwaClient.builder(ucwa.rootUri()).tokenProvider(request ->
                    CompletableFuture.failedFuture(new UcwaAuthenticationException("no token today"))).build();

            assertThatThrownBy(client::signIn).isInstanceOf(UcwaAuthenticationException.class)
                    .hasMessage("no token today");
        }
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeItIsRefused() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T21:00:00Z"));
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b.clock(clock).renewBefore(Duration.ofMinutes(1)))) {
            s.server().on(ME, s.ucwa().authorized(request -> s.ucwa().body(200, Me.builder().name("Lene").build())));
            s.client().get(SignedIn.link("me", ME), Me.class);
            clock.advance(Duration.ofSeconds(28289 - 30));

            s.client().get(SignedIn.link("me", ME), Me.class);

            assertThat(s.ucwa().tokensIssued()).isEqualTo(2);
            assertThat(s.server().requests(ME)).extracting(r -> r.header("Authorization")).containsExactly(
                    "Bearer " + FakeUcwa.TOKEN_PREFIX + "1", "Bearer " + FakeUcwa.TOKEN_PREFIX + "2");
        }
    }

    @Test
    void aTokenOfUnknownLifetimeIsKeptUntilRefused() {
        AccessToken token = AccessToken.bearer("t", null);

        assertThat(token.expiresWithin(Duration.ofDays(365), Instant.now())).isFalse();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
