package io.github.ucwakit.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A map from names to values that keeps the order names were first put, and whose cost per name does not depend on
 * what the names are: the map the runtime keeps names taken from a payload in (unknown members, their groups, JSON
 * objects kept as values, error parameters), where a sender chooses the names.
 *
 * <p>Entries are held in insertion order in two arrays; an index finds a name's entry. The index is a small
 * open-addressing table probed by {@link NameHash}: {@link String#hashCode()} while probes stay short, which is
 * cached in the string and costs nothing for the dozen names of a resource; a keyed SipHash once a probe runs longer
 * than {@link #MAX_PROBE} slots, which a table at most half full meets by chance rarely but names chosen to
 * share a hash code (blocks of {@code Aa} and {@code BB}, 2^16 names of 32 characters) meet at once. So the cost per
 * name is O(1) whatever the names. The JDK's {@link java.util.HashMap} turns a crowded bin into a tree instead, after
 * copying and splitting it on every resize, and with its node overhead per entry: measured on such names, several
 * times slower and growing faster than the input.
 *
 * <p>Removing a name shifts the entries after it (O(n)); readers never remove. {@code null} names are not allowed,
 * {@code null} values are. Not thread-safe; {@link #frozen()} gives a read-only view to publish.
 *
 * @param <V> the values
 */
@NullMarked
public final class NameMap<V> extends AbstractMap<String, V> {

    /** Longer probes than this are rare by chance in a table at most half full, and common in an attack. */
    static final int MAX_PROBE = 32;
    private static final int INITIAL_ENTRIES = 8;
    private static final int NOT_FOUND = -1;

    private static final String[] NO_NAMES = {};
    private static final Object[] NO_VALUES = {};
    private static final int[] NO_SLOTS = {};

    /** The names in insertion order; made for the first entry, as most maps of a document stay empty. */
    private String[] names = NO_NAMES;
    private @Nullable Object[] values = NO_VALUES;
    private int size;
    /** Entry index + 1 per slot, 0 for an empty slot. */
    private int[] table = NO_SLOTS;
    /** How many entries to make room for at the first. */
    private final int expected;
    private NameHash hash;
    private int modifications;
    private @Nullable Set<Entry<String, V>> entries;

    public NameMap() {
        this(INITIAL_ENTRIES);
    }

    /** A map made for about {@code expected} names. */
    public NameMap(int expected) {
        this(expected, NameHash.unkeyed());
    }

    /** A map whose index starts with {@code hash} (for tests). */
    NameMap(int expected, NameHash hash) {
        this.expected = Math.max(INITIAL_ENTRIES, expected);
        this.hash = hash;
    }

    /** A map of the entries of {@code map}, in its iteration order. */
    public static <V> NameMap<V> copyOf(Map<String, ? extends V> map) {
        NameMap<V> copy = new NameMap<>(map.size());
        map.forEach(copy::put);
        return copy;
    }

    /** A read-only view of this map. */
    public Map<String, V> frozen() {
        return Collections.unmodifiableMap(this);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key instanceof String name && find(name) != NOT_FOUND;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V get(@Nullable Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int entry = find(name);
        return entry == NOT_FOUND ? null : (V) values[entry];
    }

    /** Puts {@code value} under {@code name}; a name already present keeps its place and takes the new value. */
    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V put(String name, V value) {
        Objects.requireNonNull(name, "name");
        int entry = find(name);
        if (entry != NOT_FOUND) {
            V previous = (V) values[entry];
            values[entry] = value;
            return previous;
        }
        append(name, value);
        return null;
    }

    /** Puts {@code value} under {@code name} unless the name is present; {@code false}, changing nothing, if it is. */
    public boolean putNew(String name, V value) {
        Objects.requireNonNull(name, "name");
        if (find(name) != NOT_FOUND) {
            return false;
        }
        append(name, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V remove(@Nullable Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int entry = find(name);
        if (entry == NOT_FOUND) {
            return null;
        }
        V previous = (V) values[entry];
        System.arraycopy(names, entry + 1, names, entry, size - entry - 1);
        System.arraycopy(values, entry + 1, values, entry, size - entry - 1);
        size--;
        names[size] = null;
        values[size] = null;
        modifications++;
        reindex();
        return previous;
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        modifications++;
        hash = NameHash.unkeyed();
        table = names.length == 0 ? NO_SLOTS : new int[tableSize(names.length)];
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        Set<Entry<String, V>> view = entries;
        if (view == null) {
            view = new Entries();
            entries = view;
        }
        return view;
    }

    /** The hash the index is probed by (for tests). */
    NameHash hash() {
        return hash;
    }

    private int find(String name) {
        if (size == 0) {
            return NOT_FOUND;
        }
        int[] slots = table;
        int mask = slots.length - 1;
        int limit = hash.keyed() ? mask : MAX_PROBE;
        int i = hash.of(name) & mask;
        for (int probe = 0; probe <= limit; probe++, i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return NOT_FOUND;
            }
            String seen = names[slot - 1];
            if (seen == name || seen.equals(name)) {
                return slot - 1;
            }
        }
        return NOT_FOUND;
    }

    /** Appends an entry whose name is not in the map. */
    private void append(String name, V value) {
        if (names.length == 0) {
            names = new String[expected];
            values = new Object[expected];
            table = new int[tableSize(expected)];
        } else if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        modifications++;
        if (table.length < tableSize(size) || !insert(table, hash, name, size - 1)) {
            reindex();
        }
    }

    /** Builds the index again for the entries as they stand, moving to the keyed hash if a probe runs long. */
    private void reindex() {
        int[] slots = new int[tableSize(Math.max(names.length, size))];
        for (int entry = 0; entry < size; entry++) {
            if (!insert(slots, hash, names[entry], entry)) {
                hash = NameHash.keyedHash();
                reindex();
                return;
            }
        }
        table = slots;
    }

    /** Inserts an entry's index; {@code false} when an unkeyed probe ran past {@link #MAX_PROBE} slots. */
    private static boolean insert(int[] slots, NameHash hash, String name, int entry) {
        int mask = slots.length - 1;
        int limit = hash.keyed() ? mask : MAX_PROBE;
        int i = hash.of(name) & mask;
        for (int probe = 0; probe <= limit; probe++, i = (i + 1) & mask) {
            if (slots[i] == 0) {
                slots[i] = entry + 1;
                return true;
            }
        }
        return false;
    }

    /** A table at most half full for {@code entries}: a power of two. */
    private static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(entries, 4) * 2 - 1) << 1;
    }

    /** The entries in insertion order. */
    private final class Entries extends AbstractSet<Entry<String, V>> {

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Entry<String, V>> iterator() {
            return new Iterator<>() {
                private final int expected = modifications;
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                @SuppressWarnings("unchecked")
                public Entry<String, V> next() {
                    if (modifications != expected) {
                        throw new ConcurrentModificationException();
                    }
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    int entry = next++;
                    return new SimpleImmutableEntry<>(names[entry], (V) values[entry]);
                }
            };
        }
    }
}
