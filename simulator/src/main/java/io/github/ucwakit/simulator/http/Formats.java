package io.github.ucwakit.simulator.http;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation: the response format a request asks for with {@code Accept}, and the format of a request body
 * from its {@code Content-Type}. UCWA's media types ({@code application/json}, {@code application/xml} and the
 * {@code application/vnd.microsoft.com.ucwa+json}/{@code +xml} forms) are recognised; an {@code Accept} that names
 * XML before JSON (or XML alone) gets XML, anything else JSON, as UCWA answers by default.
 */
public final class Formats {

    public static final String ACCEPT = "Accept";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String JSON = "application/json";
    public static final String XML = "application/xml";

    private Formats() {}

    /** The format of the response to a request with this {@code Accept} header (or none). */
    public static PayloadFormat negotiate(String accept) {
        if (accept == null) {
            return PayloadFormat.JSON;
        }
        String value = accept.toLowerCase(Locale.ROOT);
        int xml = indexOfXml(value);
        int json = value.indexOf("json");
        return xml >= 0 && (json < 0 || xml < json) ? PayloadFormat.XML : PayloadFormat.JSON;
    }

    /** The format of a request body of this content type; empty when it is neither JSON nor XML. */
    public static Optional<PayloadFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String mediaType = mediaType(contentType);
        if (mediaType.equals(JSON) || mediaType.endsWith("+json")) {
            return Optional.of(PayloadFormat.JSON);
        }
        if (mediaType.equals(XML) || mediaType.equals("text/xml") || mediaType.endsWith("+xml")) {
            return Optional.of(PayloadFormat.XML);
        }
        return Optional.empty();
    }

    /** The media type of a content type, lower case, without parameters. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    /** The content type of a body in this format, UTF-8. */
    public static String contentType(PayloadFormat format) {
        return (format == PayloadFormat.XML ? XML : JSON) + "; charset=utf-8";
    }

    private static int indexOfXml(String accept) {
        int xml = accept.indexOf("/xml");
        int plusXml = accept.indexOf("+xml");
        if (xml < 0) {
            return plusXml;
        }
        return plusXml < 0 ? xml : Math.min(xml, plusXml);
    }
}
