package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
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

    public static Integer integer(String text, Supplier<String> where) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw error("expected an int, found '" + text + "'", where, e);
        }
    }

    public static Long longInteger(String text, Supplier<String> where) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw error("expected a long, found '" + text + "'", where, e);
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
        throw error("expected True or False, found '" + text + "'", where, null);
    }

    public static UcwaDateTime date(String text, Supplier<String> where) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UcwaDateTime.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), where, e);
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

    private static UcwaPayloadException error(String message, Supplier<String> where, Throwable cause) {
        return new UcwaPayloadException(message, where.get(), cause);
    }
}
