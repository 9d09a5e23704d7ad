package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.Scalar;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a single sample value looks like: the descriptor scalar it supports, or a shape no scalar fits. */
enum ValueClass {
    STRING("string"),
    INT("int"),
    LONG("long"),
    BOOLEAN("boolean"),
    DATE("date"),
    DECIMAL("decimal number"),
    OBJECT("object");

    private static final Pattern AJAX_DATE = Pattern.compile("^/Date\\(-?\\d+([+-]\\d{4})?\\)/$");
    private static final Pattern ISO_DATE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern INTEGER = Pattern.compile("^-?\\d{1,19}$");

    private final String spelling;

    ValueClass(String spelling) {
        this.spelling = spelling;
    }

    /** How the class is named in messages; for the scalar classes, the descriptor spelling. */
    String spelling() {
        return spelling;
    }

    boolean isScalar() {
        return this != DECIMAL && this != OBJECT;
    }

    /** The class of a value; {@code null} for JSON null and empty XML text, which tell nothing. */
    static ValueClass of(Scalar value) {
        return switch (value.kind()) {
            case STRING -> isDate(value.text()) ? DATE : STRING;
            case INTEGER -> integer(value.text());
            case DECIMAL -> DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case OBJECT -> OBJECT;
            case NULL -> null;
            case TEXT -> ofText(value.text().strip());
        };
    }

    /** Whether a JSON string value is a date ({@code /Date(ms)/} or ISO-8601). */
    static boolean isDate(String text) {
        return AJAX_DATE.matcher(text).matches() || ISO_DATE.matcher(text).matches();
    }

    private static ValueClass ofText(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return BOOLEAN;
        }
        if (INTEGER.matcher(text).matches()) {
            return integer(text);
        }
        return isDate(text) ? DATE : STRING;
    }

    private static ValueClass integer(String text) {
        try {
            long value = Long.parseLong(text);
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? INT : LONG;
        } catch (NumberFormatException e) {
            return DECIMAL;
        }
    }
}
