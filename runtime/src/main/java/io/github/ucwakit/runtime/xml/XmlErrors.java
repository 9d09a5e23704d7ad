package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.UcwaPayloadException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Builds {@link UcwaPayloadException}s located by XML line and column. */
public final class XmlErrors {

    private XmlErrors() {}

    /** {@code line L, column C}, or {@code null} when the location is unknown. */
    public static String where(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return null;
        }
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** A problem found where the reader stands. */
    public static UcwaPayloadException at(XMLStreamReader reader, String message) {
        return new UcwaPayloadException(message, where(reader.getLocation()));
    }

    /** A document the parser rejected, for example a truncated one. */
    public static UcwaPayloadException malformed(XMLStreamException e) {
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf("\nMessage: ");
        String cause = detail < 0 ? message : message.substring(detail + "\nMessage: ".length());
        return new UcwaPayloadException("malformed XML: " + cause, where(e.getLocation()), e);
    }
}
