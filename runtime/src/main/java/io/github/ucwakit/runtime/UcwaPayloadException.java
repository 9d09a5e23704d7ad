package io.github.ucwakit.runtime;

import java.util.Objects;

/**
 * A payload that cannot be read or written: malformed, of the wrong shape, too large, or forbidden (a DTD, an
 * entity). Tells what went wrong as a {@link Kind} and names where in the document it went wrong: a JSON path such
 * as {@code $.participantCount}, or an XML {@code line L, column C}.
 */
public class UcwaPayloadException extends RuntimeException {

    private static final long serialVersionUID = 2L;
    private static final int QUOTED_LENGTH = 60;

    /** What is wrong with a payload. */
    public enum Kind {
        /** Not well-formed JSON or XML: a syntax error, a truncated document, bytes that are not valid UTF-8. */
        MALFORMED,
        /** Well-formed but refused on principle: a DOCTYPE, an entity declaration. Nothing in it was resolved. */
        FORBIDDEN,
        /** A configured {@link ReadLimits limit} was reached: nesting depth, string, number or document size. */
        LIMIT_EXCEEDED,
        /** A value of the wrong type: a string where an int is expected, an object where a list is expected. */
        WRONG_TYPE,
        /** A number of the right type that does not fit: an int above {@link Integer#MAX_VALUE}. */
        OUT_OF_RANGE,
        /** A date in neither {@code /Date(ms)/} nor ISO-8601 with an offset, or out of the representable range. */
        INVALID_DATE,
        /** A value of the right type that is not acceptable: a malformed {@code data:} URI, a null list item. */
        INVALID_VALUE,
        /** A required part other than a rel is absent: a link's {@code href}, a property's {@code name}. */
        MISSING_VALUE,
        /** A rel is absent where one is needed: the payload's own, an XML link's, a nested XML resource's. */
        MISSING_REL,
        /** The payload is a resource of another rel than the one asked for. */
        WRONG_REL,
        /** One resource gives the same property, link rel or member twice. */
        DUPLICATE
    }

    private final Kind kind;
    private final String location;
    private final String detail;

    /**
     * @param kind what is wrong
     * @param message what is wrong, in words, without the location
     * @param location where, or {@code null} when it concerns the whole document
     * @param cause the underlying failure, or {@code null}
     */
    public UcwaPayloadException(Kind kind, String message, String location, Throwable cause) {
        super(location == null ? message : location + ": " + message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.location = location;
        this.detail = message;
    }

    public UcwaPayloadException(Kind kind, String message, String location) {
        this(kind, message, location, null);
    }

    /** A failure of kind {@link Kind#INVALID_VALUE}. */
    public UcwaPayloadException(String message, String location, Throwable cause) {
        this(Kind.INVALID_VALUE, message, location, cause);
    }

    /** A failure of kind {@link Kind#INVALID_VALUE}. */
    public UcwaPayloadException(String message, String location) {
        this(Kind.INVALID_VALUE, message, location, null);
    }

    /** What is wrong. */
    public Kind kind() {
        return kind;
    }

    /** Where in the document the problem is, or {@code null} when it concerns the whole document. */
    public String location() {
        return location;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }

    /**
     * A value quoted for a message, cut short when long: a hostile payload may hold megabytes where a number was
     * expected. {@code 'text'}, or {@code 'first 60 characters...' (N characters)}.
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, QUOTED_LENGTH) + "...' (" + text.length() + " characters)";
    }

    /** The same failure at another location, for a value parsed apart from its document and then placed. */
    public UcwaPayloadException at(String newLocation) {
        return new UcwaPayloadException(kind, detail, newLocation, getCause());
    }
}
