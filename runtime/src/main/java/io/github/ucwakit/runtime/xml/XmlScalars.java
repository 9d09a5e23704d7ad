package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.util.function.Supplier;

/**
 * Converts XML text to typed values and back. XML has no null: a blank value reads as {@code null} for every type
 * but string. Booleans are {@code True}/{@code False} in any case; dates ISO-8601.
 */
public final class XmlScalars {

    /** Converts one text; {@code where} names the place in the document for errors. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text, Supplier<String> where);
    }

    private XmlScalars() {}

    public static String string(String text, Supplier<String> where) {
        return text;
    }

    /** An int in ASCII digits; a longer integer is {@link Kind#OUT_OF_RANGE}, anything else {@link Kind#WRONG_TYPE}. */
    public static Integer integer(String text, Supplier<String> where) {
        if (text.isBlank()) {
            return null;
        }
        String digits = integerText(text, "an int", where);
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw error(Kind.OUT_OF_RANGE, "out of range for an int: " + UcwaPayloadException.quote(digits), where,
                    e);
        }
    }

    /** A long in ASCII digits; a longer integer is {@link Kind#OUT_OF_RANGE}, anything else {@link Kind#WRONG_TYPE}. */
    public static Long longInteger(String text, Supplier<String> where) {
        if (text.isBlank()) {
            return null;
        }
        String digits = integerText(text, "a long", where);
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            throw error(Kind.OUT_OF_RANGE, "out of range for a long: " + UcwaPayloadException.quote(digits), where,
                    e);
        }
    }

    public static Boolean bool(String text, Supplier<String> where) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw error(Kind.WRONG_TYPE, "expected True or False, found " + UcwaPayloadException.quote(text), where,
                null);
    }

    public static UcwaDateTime date(String text, Supplier<String> where) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UcwaDateTime.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw error(Kind.INVALID_DATE, e.getMessage(), where, e);
        }
    }

    /** The XML text of a boolean: {@code True} or {@code False}. */
    public static String text(boolean value) {
        return value ? "True" : "False";
    }

    /**
     * The XML text of a scalar value read from either format, or {@code null} for a list or an object, which XML
     * text cannot carry.
     */
    public static String text(PropertyValue value) {
        if (value instanceof PropertyValue.Text text) {
            return text.value();
        }
        if (value instanceof PropertyValue.Number number) {
            return number.lexical();
        }
        if (value instanceof PropertyValue.Bool bool) {
            return text(bool.value());
        }
        if (value instanceof PropertyValue.Null) {
            return "";
        }
        return null;
    }

    /** The stripped text when it is an optional sign and ASCII digits. */
    private static String integerText(String text, String expected, Supplier<String> where) {
        String stripped = text.strip();
        int start = stripped.startsWith("-") || stripped.startsWith("+") ? 1 : 0;
        boolean digits = stripped.length() > start;
        for (int i = start; i < stripped.length() && digits; i++) {
            char c = stripped.charAt(i);
            digits = c >= '0' && c <= '9';
        }
        if (!digits) {
            throw error(Kind.WRONG_TYPE, "expected " + expected + ", found " + UcwaPayloadException.quote(text),
                    where, null);
        }
        return stripped;
    }

    private static UcwaPayloadException error(Kind kind, String message, Supplier<String> where, Throwable cause) {
        return new UcwaPayloadException(kind, message, where.get(), cause);
    }
}
