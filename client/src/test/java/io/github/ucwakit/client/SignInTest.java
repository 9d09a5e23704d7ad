package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.errors.UcwaAuthenticationException;
import io.github.ucwakit.client.http.RetryPolicy;
import io.github.ucwakit.client.testing.FakeServer.Recorded;
import io.github.ucwakit.client.testing.FakeUcwa;
import io.github.ucwakit.runtime.PayloadFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sign-in against a fake server: autodiscovery, the challenge, the password grant, the application created. */
class SignInTest {

    private static UcwaClient client(FakeUcwa ucwa, PayloadFormat format, String password) {
        return UcwaClient.builder(ucwa.rootUri()).format(format).password(FakeUcwa.USER, password)
                .retryPolicy(RetryPolicy.none()).build();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void signsInThroughTheChallengeAndCreatesTheApplication(PayloadFormat format) throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(format)) {
            UcwaClient client = client(ucwa, format, FakeUcwa.PASSWORD);

            Application application = client.signIn();

            assertThat(application.culture()).isEqualTo("en-US");
            assertThat(application.me().map(Me::name)).contains("Lene Aaling");
            assertThat(client.application()).isEqualTo(application);
            assertThat(client.service().orElseThrow().applications()).isEqualTo(ucwa.uri(FakeUcwa.APPLICATIONS));
            assertThat(client.service().orElseThrow().xframeUri()).contains(ucwa.uri("/xframe"));

            List<Recorded> requests = ucwa.server().requests();
            assertThat(requests).extracting(r -> r.method() + " " + r.path()).containsExactly(
                    "GET /autodiscover", "GET /user", "POST /WebTicket/oauthtoken", "GET /user",
                    "POST " + FakeUcwa.APPLICATIONS);
            assertThat(requests.get(0).header("Authorization")).isNull();
            assertThat(requests.get(1).header("Authorization")).isNull();
            assertThat(requests.get(2).body()).isEqualTo("grant_type=password&username=lenea%40contoso.com"
                    + "&password=pass%40word1");
            assertThat(requests.get(2).header("Content-Type")).startsWith("application/x-www-form-urlencoded");
            assertThat(requests.get(3).header("Authorization")).isEqualTo("Bearer " + FakeUcwa.TOKEN_PREFIX + "1");
            assertThat(requests.get(3).header("Referer")).isEqualTo(ucwa.uri("/xframe").toString());
            Recorded post = requests.get(4);
            assertThat(post.header("Authorization")).isEqualTo("Bearer " + FakeUcwa.TOKEN_PREFIX + "1");
            String mediaType = format == PayloadFormat.JSON ? "application/json" : "application/xml";
            assertThat(post.header("Content-Type")).isEqualTo(mediaType);
            assertThat(post.header("Accept")).isEqualTo(mediaType);
            assertThat(post.body()).contains("en-US").contains("ucwakit");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void relativeLinksOfTheApplicationResolveAgainstTheUcwaHost(PayloadFormat format) throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(format)) {
            ucwa.server().on("/ucwa/oauth/v1/applications/105/me", ucwa.authorized(request ->
                    ucwa.body(200, Me.builder().name("Lene Aaling").uri("sip:lenea@contoso.com").build())
                            .header("ETag", "\"me-1\"")));
            UcwaClient client = client(ucwa, format, FakeUcwa.PASSWORD);
            Application application = client.signIn();

            Tagged<Me> me = client.get(application.me().orElseThrow().self().orElseThrow(), Me.class);

            assertThat(me.value().name()).isEqualTo("Lene Aaling");
            assertThat(me.etag()).contains("\"me-1\"");
            assertThat(ucwa.tokensIssued()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aTokenThatExpiredIsRenewedOnceAndTheRequestSentAgain(PayloadFormat format) throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(format)) {
            ucwa.server().on("/ucwa/oauth/v1/applications/105/me", ucwa.authorized(request ->
                    ucwa.body(200, Me.builder().name("Lene Aaling").build())));
            UcwaClient client = client(ucwa, format, FakeUcwa.PASSWORD);
            Application application = client.signIn();
            ucwa.expireTokens();

            Tagged<Me> me = client.get(application.me().orElseThrow().self().orElseThrow(), Me.class);

            assertThat(me.value().name()).isEqualTo("Lene Aaling");
            assertThat(ucwa.tokensIssued()).isEqualTo(2);
            List<Recorded> reads = ucwa.server().requests("/ucwa/oauth/v1/applications/105/me");
            assertThat(reads).extracting(r -> r.header("Authorization")).containsExactly(
                    "Bearer " + FakeUcwa.TOKEN_PREFIX + "1", "Bearer " + FakeUcwa.TOKEN_PREFIX + "2");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aSecond401AfterRenewingFailsAsAnAuthenticationError(PayloadFormat format) throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(format)) {
            ucwa.server().on("/ucwa/oauth/v1/applications/105/me", ucwa.authorized(request -> {
                ucwa.expireTokens();
                return ucwa.authorized(r -> null).apply(request);
            }));
            UcwaClient client = client(ucwa, format, FakeUcwa.PASSWORD);
            Application application = client.signIn();

            assertThatThrownBy(() -> client.get(application.me().orElseThrow().self().orElseThrow(), Me.class))
                    .isInstanceOf(UcwaAuthenticationException.class)
                    .hasMessageContaining("refused with 401 again");
            assertThat(ucwa.server().requests("/ucwa/oauth/v1/applications/105/me")).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aRefusedPasswordFailsWithTheOauthError(PayloadFormat format) throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(format)) {
            UcwaClient client = client(ucwa, format, "wrong");

            assertThatThrownBy(client::signIn)
                    .isInstanceOfSatisfying(UcwaAuthenticationException.class,
                            e -> assertThat(e.oauthError()).contains("invalid_grant"))
                    .hasMessageNotContaining("wrong");
            assertThatThrownBy(client::application).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aRootWithARedirectLinkIsFollowed(PayloadFormat format) throws Exception {
        try (FakeUcwa ucwa = new FakeUcwa(format)) {
            ucwa.server().on("/lyncdiscover", request -> ucwa.body(200,
                    io.github.ucwakit.api.Root.builder()
                            .redirectLink(io.github.ucwakit.runtime.Link.of("redirect", "/autodiscover"))
                            .build()));
            UcwaClient client = UcwaClient.builder(ucwa.uri("/lyncdiscover")).format(format)
                    .password(FakeUcwa.USER, FakeUcwa.PASSWORD).build();

            client.signIn();

            assertThat(ucwa.server().requests()).extracting(Recorded::path).startsWith("/lyncdiscover",
                    "/autodiscover", "/user");
        }
    }
}
