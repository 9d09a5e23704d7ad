package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds {@link UcwaPayloadException}s located by XML line and column. A location is StAX's: the position just past
 * the event it reports, so for an element the end of its start tag, which is where a property's text begins.
 */
public final class XmlErrors {

    /** The code of the JDK's messages for its {@code jdk.xml.*} processing limits. */
    private static final String JDK_LIMIT_CODE = "JAXP0001";
    private static final String DETAIL = "\nMessage: ";

    private XmlErrors() {}

    /** {@code line L, column C}, or {@code null} when the location is unknown. */
    public static String where(Location location) {
        return location == null ? null : where(location.getLineNumber(), location.getColumnNumber());
    }

    /** {@code line L, column C}, or {@code null} for an unknown (negative) line. */
    public static String where(int line, int column) {
        return line < 0 ? null : "line " + line + ", column " + column;
    }

    /** A problem of the given kind found where the reader stands. */
    public static UcwaPayloadException at(XMLStreamReader reader, Kind kind, String message) {
        return new UcwaPayloadException(kind, message, where(reader.getLocation()));
    }

    /** A problem found where the reader stands, of kind {@link Kind#INVALID_VALUE}. */
    public static UcwaPayloadException at(XMLStreamReader reader, String message) {
        return at(reader, Kind.INVALID_VALUE, message);
    }

    /**
     * A document the parser rejected: {@link Kind#LIMIT_EXCEEDED} when the document is larger than allowed or one
     * of the JDK's processing limits was reached, {@link Kind#MALFORMED} otherwise (a truncated document, bytes
     * that are not valid in the document's encoding).
     */
    public static UcwaPayloadException malformed(XMLStreamException e) {
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf(DETAIL);
        String cause = detail < 0 ? message : message.substring(detail + DETAIL.length());
        Kind kind = e.getNestedException() instanceof DocumentSizeLimit.TooLarge
                || cause != null && cause.startsWith(JDK_LIMIT_CODE) ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED;
        return new UcwaPayloadException(kind, kind == Kind.MALFORMED ? "malformed XML: " + cause : cause,
                where(e.getLocation()), e);
    }
}
