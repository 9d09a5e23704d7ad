package io.github.ucwakit.client.wire;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Locale;
import java.util.Optional;

/** The media types UCWA speaks and the payload format each one is. */
public final class MediaTypes {

    /** The content type of a batch, request and response alike. */
    public static final String MULTIPART_BATCHING = "multipart/batching";
    /** The content type of the token request. */
    public static final String FORM = "application/x-www-form-urlencoded;charset=UTF-8";

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
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return Optional.of(PayloadFormat.JSON);
        }
        if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
            return Optional.of(PayloadFormat.XML);
        }
        return Optional.empty();
    }
}
