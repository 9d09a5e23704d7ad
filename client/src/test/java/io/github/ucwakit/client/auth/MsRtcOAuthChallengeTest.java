package io.github.ucwakit.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The challenges of the reference's pages, and the variants a server or a proxy may send. */
class MsRtcOAuthChallengeTest {

    private static final URI USER = URI.create("https://lyncweb.contoso.com/Autodiscover/AutodiscoverService.svc/root/oauth/user");

    @Test
    void quotedHrefAndGrantsBesideABearerChallenge() {
        List<String> headers = List.of(
                "Bearer trusted_issuers=\"00000002-0000-0ff1-ce00-000000000000@contoso.com\", client_id=\"00000004\"",
                "MsRtcOAuth href=\"https://lyncweb.contoso.com/WebTicket/oauthtoken\",grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\"");

        MsRtcOAuthChallenge challenge = MsRtcOAuthChallenge.parse(headers, USER).orElseThrow();

        assertThat(challenge.tokenUri()).isEqualTo(URI.create("https://lyncweb.contoso.com/WebTicket/oauthtoken"));
        assertThat(challenge.grantTypes()).containsExactly("urn:microsoft.rtc:windows", "urn:microsoft.rtc:anonmeeting",
                "password");
        assertThat(challenge.offers("password")).isTrue();
    }

    @Test
    void unquotedHrefEndsAtTheComma() {
        MsRtcOAuthChallenge challenge = MsRtcOAuthChallenge.parse(List.of("MsRtcOAuth href=https://contoso.com/WebTicket/"
                + "oauthtoken,grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\""), USER)
                .orElseThrow();

        assertThat(challenge.tokenUri()).isEqualTo(URI.create("https://contoso.com/WebTicket/oauthtoken"));
        assertThat(challenge.grantTypes()).hasSize(3);
    }

    @Test
    void relativeHrefResolvesAgainstTheChallengedRequestAndSchemeIsCaseInsensitive() {
        MsRtcOAuthChallenge challenge = MsRtcOAuthChallenge.parse(
                List.of("msrtcoauth grant_type=\"password\", HREF=\"/WebTicket/oauthtoken\""), USER).orElseThrow();

        assertThat(challenge.tokenUri()).isEqualTo(URI.create("https://lyncweb.contoso.com/WebTicket/oauthtoken"));
        assertThat(challenge.grantTypes()).containsExactly("password");
    }

    @Test
    void challengesCombinedInOneValue() {
        MsRtcOAuthChallenge challenge = MsRtcOAuthChallenge.parse(List.of("Bearer realm=\"x\", MsRtcOAuth "
                + "href=\"https://h/t\",grant_type=\"password\""), USER).orElseThrow();

        assertThat(challenge.tokenUri()).isEqualTo(URI.create("https://h/t"));
    }

    @Test
    void noMsRtcOAuthChallengeOrNoHrefGivesNone() {
        assertThat(MsRtcOAuthChallenge.parse(List.of("Bearer realm=\"x\""), USER)).isEmpty();
        assertThat(MsRtcOAuthChallenge.parse(List.of("MsRtcOAuth grant_type=\"password\""), USER)).isEmpty();
        assertThat(MsRtcOAuthChallenge.parse(List.of("MsRtcOAuthX href=\"https://h/t\""), USER)).isEmpty();
        assertThat(MsRtcOAuthChallenge.parse(List.of(), USER)).isEmpty();
    }

    @Test
    void aTokenNeverShowsInItsText() {
        AccessToken token = AccessToken.bearer("cwt=AAEB-secret", null);

        assertThat(token.toString()).doesNotContain("AAEB-secret");
        assertThat(token.authorization()).isEqualTo("Bearer cwt=AAEB-secret");
    }
}
