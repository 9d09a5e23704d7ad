package io.github.ucwakit.client.testing;

import io.github.ucwakit.client.testing.FakeServer.Recorded;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake UCWA sign-in on a {@link FakeServer}: the root resource, the user resource behind the MsRtcOAuth
 * challenge, the token service (password grant) and the applications resource answering with the application of
 * the reference's "Create an application" sample, in JSON or XML. Tokens can be expired at will.
 */
public final class FakeUcwa implements AutoCloseable {

    public static final String USER = "lenea@contoso.com";
    public static final String PASSWORD = "pass@word1";
    public static final String TOKEN_PREFIX = "cwt=AAEBSECRET";
    public static final String APPLICATIONS = "/ucwa/oauth/v1/applications";
    public static final String APPLICATION = "/ucwa/oauth/v1/applications/105";

    /** The application of the reference's "Create an application" (abridged), hrefs relative to the host. */
    public static final String APPLICATION_JSON = """
            {"culture":"en-US","userAgent":"UCWA Samples",
             "_links":{"self":{"href":"/ucwa/oauth/v1/applications/105"},
              "policies":{"href":"/ucwa/oauth/v1/applications/105/policies"},
              "batch":{"href":"/ucwa/oauth/v1/applications/105/batch"},
              "events":{"href":"/ucwa/oauth/v1/applications/105/events?ack=1"}},
             "_embedded":{
              "me":{"name":"Lene Aaling","uri":"sip:lenea@contoso.com",
                "_links":{"self":{"href":"/ucwa/oauth/v1/applications/105/me"},
                 "photo":{"href":"/ucwa/oauth/v1/applications/105/photos/lenea@contoso.com"}},"rel":"me"},
              "communication":{"4d221db7-4af0-476b-9443-8bc874283085":"please pass this in a PUT request",
                "supportedModalities":[],"supportedMessageFormats":["Plain"],
                "_links":{"self":{"href":"/ucwa/oauth/v1/applications/105/communication"},
                 "conversations":{"href":"/ucwa/oauth/v1/applications/105/communication/conversations?filter=active"},
                 "startMessaging":{"href":"/ucwa/oauth/v1/applications/105/communication/messagingInvitations"}},
                "rel":"communication","etag":"3140562359"}},
             "rel":"application"}""";

    private final FakeServer server;
    private final PayloadFormat format;
    private final UcwaCodec codec = UcwaCodec.create();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    public FakeUcwa(PayloadFormat format) throws IOException {
        this.server = new FakeServer();
        this.format = format;
        server.on("/autodiscover", request -> body(200, GenericResource.builder().rel("root")
                .self(io.github.ucwakit.runtime.Link.of("self", uri("/autodiscover").toString()))
                .unknownMembers(io.github.ucwakit.runtime.UnknownMembers.builder()
                        .link(io.github.ucwakit.runtime.Link.of("user", uri("/user").toString()))
                        .link(io.github.ucwakit.runtime.Link.of("xframe", uri("/xframe").toString()))
                        .build())
                .build()));
        server.on("/user", authorized(request -> body(200, GenericResource.builder().rel("user")
                .self(io.github.ucwakit.runtime.Link.of("self", "/user"))
                .unknownMembers(io.github.ucwakit.runtime.UnknownMembers.builder()
                        .link(io.github.ucwakit.runtime.Link.of("applications", APPLICATIONS))
                        .link(io.github.ucwakit.runtime.Link.of("xframe", uri("/xframe").toString()))
                        .build())
                .build())));
        server.on("/WebTicket/oauthtoken", this::token);
        server.on(APPLICATIONS, authorized(request -> body(201,
                codec.read(APPLICATION_JSON, PayloadFormat.JSON)).header("Location", APPLICATION)));
    }

    public FakeServer server() {
        return server;
    }

    public URI uri(String path) {
        return server.uri(path);
    }

    public URI rootUri() {
        return uri("/autodiscover");
    }

    /** How many tokens the token service gave. */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Makes every token given so far invalid, as when they expire. */
    public void expireTokens() {
        validTokens.clear();
    }

    /** Answers with {@code answer} when the request carries a valid token, else with the MsRtcOAuth challenge. */
    public Function<Recorded, Reply> authorized(Function<Recorded, Reply> answer) {
        return request -> {
            String authorization = request.header("Authorization");
            if (authorization != null && authorization.startsWith("Bearer ")
                    && validTokens.contains(authorization.substring("Bearer ".length()))) {
                return answer.apply(request);
            }
            return Reply.status(401)
                    .header("WWW-Authenticate", "Bearer trusted_issuers=\"00000002-0000-0ff1-ce00-000000000000@contoso.com\"")
                    .header("WWW-Authenticate", "MsRtcOAuth href=\"" + uri("/WebTicket/oauthtoken")
                            + "\",grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\"");
        };
    }

    /** A resource in the fake's format. */
    public Reply body(int status, UcwaResource resource) {
        String text = codec.writeToString(resource, format);
        return format == PayloadFormat.JSON ? Reply.json(status, text) : Reply.xml(status, text);
    }

    private Reply token(Recorded request) {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.body().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!"password".equals(form.get("grant_type"))) {
            return Reply.json(400, "{\"error\":\"unsupported_grant_type\"}");
        }
        if (!USER.equals(form.get("username")) || !PASSWORD.equals(form.get("password"))) {
            return Reply.json(400, "{\"error\":\"invalid_grant\"}");
        }
        String token = TOKEN_PREFIX + tokensIssued.incrementAndGet();
        validTokens.add(token);
        return Reply.json(200, "{\"access_token\":\"" + token + "\",\"expires_in\":28289,"
                + "\"ms_rtc_identityscope\":\"local\",\"token_type\":\"Bearer\"}");
    }

    @Override
    public void close() {
        server.close();
    }
}
