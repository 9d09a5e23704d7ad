package io.github.ucwakit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The list handling of generated classes and builders, written once: a list member is {@code null} when absent,
 * an unmodifiable list when present (even empty), and a builder's {@code addX} grows a list of its own that the
 * built value copies.
 */
@NullMarked
public final class MemberLists {

    private MemberLists() {}

    /**
     * An unmodifiable copy of a list given to a builder or kept by a built value, so that later changes to it reach
     * neither; a list that is already unmodifiable (as the ones bindings read) is kept as it is, and {@code null}
     * (absent) stays {@code null}. A {@code null} element throws {@link NullPointerException}.
     */
    public static <T> @Nullable List<T> copy(@Nullable List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /**
     * The list of a builder with {@code element} added (not {@code null}; {@code name} names it in the exception):
     * {@code list} itself when the builder grew it already, otherwise a growable copy of it.
     */
    public static <T> List<T> add(@Nullable List<T> list, T element, String name) {
        Objects.requireNonNull(element, name);
        List<T> growing = list instanceof ArrayList<T> ? list : list == null ? new ArrayList<>() : new ArrayList<>(list);
        growing.add(element);
        return growing;
    }
}
