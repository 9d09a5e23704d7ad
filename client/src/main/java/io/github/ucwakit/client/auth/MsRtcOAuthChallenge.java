package io.github.ucwakit.client.auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code MsRtcOAuth} challenge of a 401 response: where to ask for a token and which grants that service
 * accepts, as in {@code WWW-Authenticate: MsRtcOAuth href="https://host/WebTicket/oauthtoken",
 * grant_type="urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password"}. Immutable.
 *
 * @param tokenUri the token service, absolute (a relative {@code href} is resolved against the challenged request)
 * @param grantTypes the grant types offered, in the order given
 */
public record MsRtcOAuthChallenge(URI tokenUri, List<String> grantTypes) {

    /** The scheme name of the challenge. */
    public static final String SCHEME = "MsRtcOAuth";
    /** The grant of on-premises sign-in with user name and password. */
    public static final String PASSWORD = "password";

    public MsRtcOAuthChallenge {
        Objects.requireNonNull(tokenUri, "tokenUri");
        grantTypes = List.copyOf(grantTypes);
    }

    /** Whether the service accepts this grant type. */
    public boolean offers(String grantType) {
        return grantTypes.contains(grantType);
    }

    /**
     * The {@code MsRtcOAuth} challenge among the {@code WWW-Authenticate} values of a response (other schemes, such
     * as {@code Bearer}, are skipped); empty when none names a token service.
     *
     * @param challenged the URI of the request that was challenged, against which a relative href is resolved
     */
    public static Optional<MsRtcOAuthChallenge> parse(List<String> wwwAuthenticate, URI challenged) {
        for (String value : wwwAuthenticate) {
            int start = schemeStart(value);
            if (start < 0) {
                continue;
            }
            Map<String, String> parameters = parameters(value, start + SCHEME.length());
            String href = parameters.get("href");
            if (href == null || href.isBlank()) {
                continue;
            }
            URI tokenUri;
            try {
                tokenUri = challenged.resolve(href.trim());
            } catch (IllegalArgumentException badHref) {
                continue;
            }
            List<String> grants = new ArrayList<>();
            for (String grant : parameters.getOrDefault("grant_type", "").split(",")) {
                if (!grant.isBlank()) {
                    grants.add(grant.trim());
                }
            }
            return Optional.of(new MsRtcOAuthChallenge(tokenUri, grants));
        }
        return Optional.empty();
    }

    /** Where the scheme name starts: at the start of the value or after a comma (several challenges in one). */
    private static int schemeStart(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String scheme = SCHEME.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(scheme, from);
            if (at < 0) {
                return -1;
            }
            String before = lower.substring(0, at).trim();
            int after = at + scheme.length();
            boolean starts = before.isEmpty() || before.endsWith(",");
            boolean ends = after == lower.length() || Character.isWhitespace(lower.charAt(after));
            if (starts && ends) {
                return at;
            }
            from = at + 1;
        }
    }

    /** The {@code name=value} parameters after the scheme, values quoted or not, until another scheme begins. */
    private static Map<String, String> parameters(String value, int from) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = from;
        int n = value.length();
        while (i < n) {
            while (i < n && (value.charAt(i) == ',' || Character.isWhitespace(value.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && value.charAt(i) != '=' && value.charAt(i) != ',' && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            if (i >= n || value.charAt(i) != '=') {
                break;
            }
            String name = value.substring(nameStart, i).toLowerCase(Locale.ROOT);
            i++;
            StringBuilder text = new StringBuilder();
            if (i < n && value.charAt(i) == '"') {
                i++;
                while (i < n && value.charAt(i) != '"') {
                    if (value.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(value.charAt(i++));
                }
                i++;
            } else {
                while (i < n && value.charAt(i) != ',') {
                    text.append(value.charAt(i++));
                }
            }
            parameters.putIfAbsent(name, text.toString().trim());
        }
        return parameters;
    }
}
