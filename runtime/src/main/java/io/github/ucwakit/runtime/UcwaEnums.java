package io.github.ucwakit.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between wire strings and generated enumeration values that every generated binding uses;
 * {@code null} (an absent member) stays {@code null} both ways.
 */
@NullMarked
public final class UcwaEnums {

    private UcwaEnums() {}

    /** The enumeration value of a wire string, through the enumeration's {@code of}. */
    public static <E extends UcwaEnum> @Nullable E enumOf(@Nullable String value, Function<String, E> of) {
        return value == null ? null : of.apply(value);
    }

    /** The enumeration values of a list of wire strings, through the enumeration's {@code of}. */
    public static <E extends UcwaEnum> @Nullable List<E> enumsOf(@Nullable List<String> values,
            Function<String, E> of) {
        if (values == null) {
            return null;
        }
        Object[] mapped = new Object[values.size()];
        int size = 0;
        for (String value : values) {
            mapped[size++] = of.apply(value);
        }
        return unmodifiable(mapped);
    }

    /** The wire string of an enumeration value. */
    public static @Nullable String wireValue(@Nullable UcwaEnum value) {
        return value == null ? null : value.value();
    }

    /** The wire strings of a list of enumeration values. */
    public static @Nullable List<String> wireValues(@Nullable List<? extends UcwaEnum> values) {
        if (values == null) {
            return null;
        }
        Object[] wire = new Object[values.size()];
        int size = 0;
        for (UcwaEnum value : values) {
            wire[size++] = value.value();
        }
        return unmodifiable(wire);
    }

    /**
     * An unmodifiable list of the items, built without a stream: {@link List#of} (which the generated builders
     * then keep without copying) unless an item is {@code null}.
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> unmodifiable(Object[] items) {
        for (Object item : items) {
            if (item == null) {
                return (List<T>) Collections.unmodifiableList(Arrays.asList(items));
            }
        }
        return (List<T>) List.of(items);
    }
}
