package io.github.ucwakit.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Conversions between wire strings and generated enumeration values that every generated binding uses;
 * {@code null} (an absent member) stays {@code null} both ways.
 */
public final class UcwaEnums {

    private UcwaEnums() {}

    /** The enumeration value of a wire string, through the enumeration's {@code of}. */
    public static <E extends UcwaEnum> E enumOf(String value, Function<String, E> of) {
        return value == null ? null : of.apply(value);
    }

    /** The enumeration values of a list of wire strings, through the enumeration's {@code of}; unmodifiable. */
    public static <E extends UcwaEnum> List<E> enumsOf(List<String> values, Function<String, E> of) {
        if (values == null) {
            return null;
        }
        List<E> enums = new ArrayList<>(values.size());
        for (String value : values) {
            enums.add(of.apply(value));
        }
        return Collections.unmodifiableList(enums);
    }

    /** The wire string of an enumeration value. */
    public static String wireValue(UcwaEnum value) {
        return value == null ? null : value.value();
    }

    /** The wire strings of a list of enumeration values. */
    public static List<String> wireValues(List<? extends UcwaEnum> values) {
        return values == null ? null : values.stream().map(UcwaEnum::value).toList();
    }
}
