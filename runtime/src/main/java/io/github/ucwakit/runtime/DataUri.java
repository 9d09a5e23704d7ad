package io.github.ucwakit.runtime;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code data:} URI (RFC 2397) as UCWA puts it in the href of a link that carries content instead of pointing to
 * it, for example a message's {@code data:text/plain;charset=utf-8,Hi+Tosh%0d%0a} or
 * {@code data:text/html;base64,PGI+SGk8L2I+}. Decoded once, when parsed. Immutable.
 *
 * <p>The data is percent-decoded; without {@code ;base64}, a {@code +} is a space, as UCWA URL-encodes text the way
 * HTML forms do. With {@code ;base64} it is then decoded with the standard Base64 alphabet, padding optional. A
 * declared charset must be known to the JVM and must decode the data. A URI that breaks any of this is refused
 * with {@link Kind#INVALID_VALUE}.
 */
public final class DataUri {

    private static final String SCHEME = "data:";
    private static final String BASE64 = ";base64";
    private static final String DEFAULT_MEDIA_TYPE = "text/plain";
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern ATTRIBUTE = Pattern.compile(TOKEN);

    private final String uri;
    private final String mediaType;
    private final Map<String, String> parameters;
    private final boolean base64;
    private final byte[] data;
    private final Charset charset;

    private DataUri(String uri, String mediaType, Map<String, String> parameters, boolean base64, byte[] data,
            Charset charset) {
        this.uri = uri;
        this.mediaType = mediaType;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.base64 = base64;
        this.data = data;
        this.charset = charset;
    }

    /** Whether an href is a {@code data:} URI (the scheme in any case), well-formed or not. */
    public static boolean isDataUri(String href) {
        return href != null && !href.isEmpty() && (href.charAt(0) == 'd' || href.charAt(0) == 'D')
                && href.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Parses a {@code data:} URI; a malformed one fails with {@link Kind#INVALID_VALUE} and no location. */
    public static DataUri parse(String uri) {
        return parse(uri, null);
    }

    /** Parses a {@code data:} URI read from a document; a malformed one fails at {@code location}. */
    public static DataUri parse(String uri, String location) {
        if (!isDataUri(uri)) {
            throw invalid("not a data: URI", uri, location);
        }
        int comma = uri.indexOf(',');
        if (comma < 0) {
            throw invalid("a data: URI needs a comma before its data", uri, location);
        }
        String header = uri.substring(SCHEME.length(), comma);
        boolean base64 = header.regionMatches(true, header.length() - BASE64.length(), BASE64, 0, BASE64.length());
        if (base64) {
            header = header.substring(0, header.length() - BASE64.length());
        }
        String[] parts = header.split(";", -1);
        String mediaType = parts[0].isEmpty() ? DEFAULT_MEDIA_TYPE : parts[0].toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw invalid(UcwaPayloadException.quote(parts[0]) + " is not a media type", uri, location);
        }
        Map<String, String> parameters = new NameMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals <= 0 || !ATTRIBUTE.matcher(parts[i].substring(0, equals)).matches()) {
                throw invalid(UcwaPayloadException.quote(parts[i]) + " is not a parameter of the form name=value", uri,
                        location);
            }
            String value = new String(PercentDecoding.decode(parts[i].substring(equals + 1), false, uri, location),
                    StandardCharsets.UTF_8);
            parameters.put(parts[i].substring(0, equals).toLowerCase(Locale.ROOT), value);
        }
        byte[] data = PercentDecoding.decode(uri.substring(comma + 1), !base64, uri, location);
        if (base64) {
            data = decodeBase64(data, uri, location);
        }
        Charset charset = charset(parameters.get("charset"), uri, location);
        if (charset != null) {
            decode(data, charset, uri, location);
        }
        return new DataUri(uri, mediaType, parameters, base64, data, charset);
    }

    /** The media type in lower case; {@code text/plain} when the URI names none. */
    public String mediaType() {
        return mediaType;
    }

    /** The parameters, such as {@code charset}, by lower-case name in URI order, their values decoded. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The declared charset, if any. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** Whether the data was Base64-encoded. */
    public boolean isBase64() {
        return base64;
    }

    /** The decoded data; a copy. */
    public byte[] bytes() {
        return data.clone();
    }

    /**
     * The decoded data as text, in the declared charset or else UTF-8 (which reads US-ASCII, RFC 2397's default,
     * the same). Fails with {@link Kind#INVALID_VALUE} when the data is not text in that charset.
     */
    public String text() {
        return decode(data, charset == null ? StandardCharsets.UTF_8 : charset, uri, null);
    }

    /** The URI as given. */
    @Override
    public String toString() {
        return uri;
    }

    /** Equal when the URIs are the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataUri other && uri.equals(other.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    private static byte[] decodeBase64(byte[] encoded, String uri, String location) {
        try {
            return java.util.Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw invalid("the data is not Base64 (" + e.getMessage() + ")", uri, location);
        }
    }

    private static Charset charset(String name, String uri, String location) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw invalid("unknown charset " + UcwaPayloadException.quote(name), uri, location);
        }
    }

    private static String decode(byte[] bytes, Charset charset, String uri, String location) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid("the data is not " + charset.name() + " text", uri, location);
        }
    }

    static UcwaPayloadException invalid(String message, String uri, String location) {
        return new UcwaPayloadException(Kind.INVALID_VALUE, message + ": " + UcwaPayloadException.quote(uri),
                location);
    }
}
