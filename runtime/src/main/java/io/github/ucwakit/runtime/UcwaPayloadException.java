package io.github.ucwakit.runtime;

/**
 * A payload that cannot be read or written: malformed, of the wrong shape, or forbidden (a DTD, an entity).
 * Names where in the document it went wrong: a JSON path such as {@code $.participantCount}, or an XML line and
 * column.
 */
public class UcwaPayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;

    public UcwaPayloadException(String message, String location, Throwable cause) {
        super(location == null ? message : location + ": " + message, cause);
        this.location = location;
    }

    public UcwaPayloadException(String message, String location) {
        this(message, location, null);
    }

    /** Where in the document the problem is, or {@code null} when it concerns the whole document. */
    public String location() {
        return location;
    }
}
