package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Converts the JSON value a parser stands on, checking its type. A scalar reader leaves the parser on the value;
 * a list reader leaves it on the closing bracket. Errors are located at {@code where} (plus {@code [index]} for a
 * list item).
 */
final class JsonScalars {

    /** Reads one scalar; {@code index} is the item's index in a list, or -1. */
    @FunctionalInterface
    interface Scalar<T> {
        T read(JsonParser parser, Supplier<String> where, int index) throws IOException;
    }

    private static final int SHORT_TEXT = 60;

    private JsonScalars() {}

    static String string(JsonParser parser, Supplier<String> where, int index) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch("a string", parser, where, index);
    }

    static Integer integer(JsonParser parser, Supplier<String> where, int index) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch("an integer", parser, where, index);
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw error(Kind.OUT_OF_RANGE, "out of range for an int: " + shortText(parser), where, index);
        }
        return parser.getIntValue();
    }

    static Long longInteger(JsonParser parser, Supplier<String> where, int index) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch("an integer", parser, where, index);
        }
        JsonParser.NumberType type = parser.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw error(Kind.OUT_OF_RANGE, "out of range for a long: " + shortText(parser), where, index);
        }
        return parser.getLongValue();
    }

    static Boolean bool(JsonParser parser, Supplier<String> where, int index) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw mismatch("a boolean", parser, where, index);
        };
    }

    static UcwaDateTime date(JsonParser parser, Supplier<String> where, int index) throws IOException {
        String text = string(parser, where, index);
        try {
            return text == null ? null : UcwaDateTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UcwaPayloadException(Kind.INVALID_DATE, e.getMessage(), path(where, index), e);
        }
    }

    /** A JSON array of scalars; {@code null} for JSON null. */
    static <T> List<T> list(JsonParser parser, Supplier<String> where, Scalar<T> scalar) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw mismatch("an array", parser, where, -1);
        }
        List<T> items = new ArrayList<>();
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            T item = scalar.read(parser, where, index);
            if (item == null) {
                throw error(Kind.INVALID_VALUE, "null is not allowed in a list", where, index);
            }
            items.add(item);
        }
        return items;
    }

    /**
     * Any JSON value, kept as it is. A member given twice in an object is refused with {@link Kind#DUPLICATE}.
     * Recursion is bounded by the parser's nesting limit.
     */
    static PropertyValue value(JsonParser parser, Supplier<String> where) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> new PropertyValue.Text(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new PropertyValue.Number(parser.getText());
            case VALUE_TRUE -> new PropertyValue.Bool(true);
            case VALUE_FALSE -> new PropertyValue.Bool(false);
            case VALUE_NULL -> new PropertyValue.Null();
            case START_ARRAY -> {
                List<PropertyValue> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int index = items.size();
                    items.add(value(parser, () -> JsonPaths.index(where.get(), index)));
                }
                yield new PropertyValue.ListValue(items);
            }
            case START_OBJECT -> {
                Map<String, PropertyValue> members = new NameMap<>();
                for (String next = JsonErrors.nextName(parser, where); next != null;
                        next = JsonErrors.nextName(parser, where)) {
                    String name = next;
                    Supplier<String> memberPath = () -> JsonPaths.member(where.get(), name);
                    if (members.containsKey(name)) {
                        throw new UcwaPayloadException(Kind.DUPLICATE, "'" + name + "' is given twice",
                                memberPath.get());
                    }
                    parser.nextToken();
                    members.put(name, value(parser, memberPath));
                }
                yield new PropertyValue.ObjectValue(members);
            }
            default -> throw error(Kind.MALFORMED, "unexpected " + parser.currentToken(), where, -1);
        };
    }

    /** How a token is named in messages. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> token.toString();
        };
    }

    private static UcwaPayloadException mismatch(String expected, JsonParser parser, Supplier<String> where,
            int index) throws IOException {
        JsonToken token = parser.currentToken();
        String found = describe(token);
        if (token != null && token.isScalarValue()) {
            found += " " + (token == JsonToken.VALUE_STRING ? "\"" + shortText(parser) + "\"" : shortText(parser));
        }
        return error(Kind.WRONG_TYPE, "expected " + expected + ", found " + found, where, index);
    }

    /** The token's text for a message, cut short. */
    private static String shortText(JsonParser parser) throws IOException {
        String text = parser.getText();
        return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT) + "... (" + text.length()
                + " characters)";
    }

    private static UcwaPayloadException error(Kind kind, String message, Supplier<String> where, int index) {
        return new UcwaPayloadException(kind, message, path(where, index));
    }

    private static String path(Supplier<String> where, int index) {
        return index < 0 ? where.get() : JsonPaths.index(where.get(), index);
    }
}
