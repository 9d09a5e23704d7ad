package io.github.ucwakit.runtime.batch;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code Content-Type} value taken apart (RFC 9110, section 8.3.1): {@code type/subtype} in lower case and its
 * parameters, names in lower case, values as given (a quoted string unquoted).
 */
record MediaType(String essence, Map<String, String> parameters) {

    MediaType {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A parameter's value, its name compared without regard to case. */
    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Parses a {@code Content-Type} value.
     *
     * @param location where the value stands, for the exception
     * @throws UcwaPayloadException {@code INVALID_VALUE} for a value that is not a media type with parameters,
     *     {@code DUPLICATE} for a parameter given twice
     */
    static MediaType parse(String value, String location) {
        Cursor in = new Cursor(value, location);
        String type = in.token("a media type");
        in.expect('/');
        String subtype = in.token("a media subtype");
        Map<String, String> parameters = new LinkedHashMap<>();
        in.skipSpaces();
        while (!in.atEnd()) {
            in.expect(';');
            in.skipSpaces();
            if (in.atEnd()) {
                break;
            }
            String name = in.token("a parameter name").toLowerCase(Locale.ROOT);
            in.expect('=');
            String parameterValue = in.peek() == '"' ? in.quoted() : in.token("a parameter value");
            if (parameters.putIfAbsent(name, parameterValue) != null) {
                throw new UcwaPayloadException(Kind.DUPLICATE, "the parameter '" + name + "' is given twice in "
                        + UcwaPayloadException.quote(value), location);
            }
            in.skipSpaces();
        }
        return new MediaType((type + "/" + subtype).toLowerCase(Locale.ROOT), parameters);
    }

    /** Reads a media type one character at a time. */
    private static final class Cursor {

        private final String text;
        private final String location;
        private int at;

        Cursor(String text, String location) {
            this.text = text;
            this.location = location;
            skipSpaces();
        }

        boolean atEnd() {
            return at >= text.length();
        }

        int peek() {
            return atEnd() ? -1 : text.charAt(at);
        }

        void skipSpaces() {
            while (!atEnd() && HttpSyntax.isSpace(text.charAt(at))) {
                at++;
            }
        }

        String token(String what) {
            int start = at;
            while (!atEnd() && HttpSyntax.isTokenChar(text.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw failure("expected " + what);
            }
            return text.substring(start, at);
        }

        void expect(char c) {
            skipSpaces();
            if (peek() != c) {
                throw failure("expected '" + c + "'");
            }
            at++;
            skipSpaces();
        }

        String quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (!atEnd()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && !atEnd()) {
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            throw failure("a quoted string is not closed");
        }

        private UcwaPayloadException failure(String what) {
            return new UcwaPayloadException(Kind.INVALID_VALUE, "not a media type: " + what + " at index " + at
                    + " of " + UcwaPayloadException.quote(text), location);
        }
    }
}
