package io.github.ucwakit.client.wire;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Optional;

/** The media types UCWA speaks and the payload format each one is. */
public final class MediaTypes {

    /** The content type of a batch, request and response alike. */
    public static final String MULTIPART_BATCHING = "multipart/batching";
    /** The content type of the token request. */
    public static final String FORM = "application/x-www-form-urlencoded;charset=UTF-8";

    private static final Optional<PayloadFormat> IS_JSON = Optional.of(PayloadFormat.JSON);
    private static final Optional<PayloadFormat> IS_XML = Optional.of(PayloadFormat.XML);

    private MediaTypes() {}

    /** The media type a format is sent and asked for as. */
    public static String of(PayloadFormat format) {
        return switch (format) {
            case JSON -> "application/json";
            case XML -> "application/xml";
        };
    }

    /**
     * The payload format of a {@code Content-Type} value: JSON for {@code application/json} and any {@code +json}
     * type, XML for {@code application/xml}, {@code text/xml} and any {@code +xml} type; parameters
     * ({@code charset}) are ignored. Empty for anything else (an HTML error page, no content type).
     */
    public static Optional<PayloadFormat> formatOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int end = contentType.indexOf(';');
        if (end < 0) {
            end = contentType.length();
        }
        int start = 0;
        while (start < end && contentType.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && contentType.charAt(end - 1) <= ' ') {
            end--;
        }
        if (is(contentType, start, end, "application/json") || endsWith(contentType, start, end, "+json")) {
            return IS_JSON;
        }
        if (is(contentType, start, end, "application/xml") || is(contentType, start, end, "text/xml")
                || endsWith(contentType, start, end, "+xml")) {
            return IS_XML;
        }
        return Optional.empty();
    }

    /** Whether {@code text[start, end)} is {@code lowerCase}, ASCII letters compared without regard to case. */
    private static boolean is(String text, int start, int end, String lowerCase) {
        return end - start == lowerCase.length() && matches(text, start, lowerCase);
    }

    /** Whether {@code text[start, end)} ends with {@code lowerCase}, ASCII letters compared without regard to case. */
    private static boolean endsWith(String text, int start, int end, String lowerCase) {
        return end - start >= lowerCase.length() && matches(text, end - lowerCase.length(), lowerCase);
    }

    private static boolean matches(String text, int from, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++) {
            char expected = lowerCase.charAt(i);
            char actual = text.charAt(from + i);
            if (actual != expected && !(expected >= 'a' && expected <= 'z' && actual == expected - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }
}
