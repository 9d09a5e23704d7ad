package io.github.ucwakit.runtime.batch;

/**
 * The character rules of HTTP/1.1 (RFC 9110, 9112) and MIME boundaries (RFC 2046) that a batch is written and read
 * by: tokens for methods and header names, field values without control characters, request targets without
 * spaces, boundaries of 1 to 70 characters.
 */
final class HttpSyntax {

    /** The longest boundary RFC 2046 allows. */
    static final int MAX_BOUNDARY_LENGTH = 70;

    private static final String TOKEN_SPECIALS = "!#$%&'*+-.^_`|~";
    private static final String BOUNDARY_SPECIALS = "'()+_,-./:=? ";

    private HttpSyntax() {}

    /** A token character: a letter, a digit or one of {@code !#$%&'*+-.^_`|~}. */
    static boolean isTokenChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c < 128 && TOKEN_SPECIALS.indexOf(c) >= 0;
    }

    /** Whether text is a non-empty token: a method or a header name. */
    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character a field value may hold: visible, a space, a tab, or a Latin-1 character above 0x7F. */
    static boolean isFieldChar(int c) {
        return c == '\t' || c >= 0x20 && c != 0x7F && c <= 0xFF;
    }

    /**
     * Why a header value or reason phrase cannot be written as it is, or {@code null} when it can: a control
     * character (a line break among them), a character above U+00FF, or a space or tab at either end (a reader
     * drops those, so the value would not come back the same).
     */
    static String fieldValueProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isFieldChar(c)) {
                return c > 0xFF ? "a character above U+00FF at index " + i
                        : String.format("the control character U+%04X at index %d", (int) c, i);
            }
        }
        if (!value.isEmpty() && (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1)))) {
            return "a space or tab at its start or end";
        }
        return null;
    }

    /** A space or a horizontal tab. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t';
    }

    /** A character of a request target: visible ASCII, no space. */
    static boolean isTargetChar(int c) {
        return c > 0x20 && c < 0x7F;
    }

    /** Why a text cannot be a boundary, or {@code null} when it can (RFC 2046, section 5.1.1). */
    static String boundaryProblem(String boundary) {
        if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
            return "a boundary has 1 to " + MAX_BOUNDARY_LENGTH + " characters, not " + boundary.length();
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            boolean allowed = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || BOUNDARY_SPECIALS.indexOf(c) >= 0;
            if (!allowed) {
                return String.format("a boundary cannot hold the character U+%04X", (int) c);
            }
        }
        if (boundary.endsWith(" ")) {
            return "a boundary cannot end with a space";
        }
        return null;
    }
}
