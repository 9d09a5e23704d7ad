package io.github.ucwakit.runtime.batch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The headers of a response part: every line in order, names as written, a name possibly more than once; looked up
 * without regard to the case of names. Immutable.
 */
public final class BatchHeaders {

    private static final BatchHeaders EMPTY = new BatchHeaders(List.of());

    private final List<Map.Entry<String, String>> entries;

    private BatchHeaders(List<Map.Entry<String, String>> entries) {
        this.entries = List.copyOf(entries);
    }

    public static BatchHeaders empty() {
        return EMPTY;
    }

    /** Headers in this order; each entry's key is a name, its value the header's value. */
    public static BatchHeaders of(List<? extends Map.Entry<String, String>> entries) {
        return new BatchHeaders(entries.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    /** Every header, in order. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** The value of the first header of this name, compared without regard to case. */
    public Optional<String> first(String name) {
        Objects.requireNonNull(name, "name");
        return entries.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The values of every header of this name, compared without regard to case, in order. */
    public List<String> all(String name) {
        Objects.requireNonNull(name, "name");
        return entries.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    public boolean contains(String name) {
        return first(name).isPresent();
    }

    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchHeaders other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
