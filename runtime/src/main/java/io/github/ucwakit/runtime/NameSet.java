package io.github.ucwakit.runtime;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A set of names taken from a payload, to refuse one given twice (the members of a JSON object, the rels of links,
 * the elements of an error body): a small open-addressing table of strings, far lighter than a
 * {@link java.util.HashSet} for the dozen or two names of a resource, at most half full, and O(1) per name whatever
 * names a sender chose: a probe longer than {@link #MAX_PROBE} slots moves the table to the
 * {@link NameHash#keyedHash() keyed hash} (see {@link NameHash}). Not thread-safe.
 */
@NullMarked
public final class NameSet {

    private static final int INITIAL_CAPACITY = 32;
    /** Longer probes than this are rare by chance in a table at most half full, and common in an attack. */
    static final int MAX_PROBE = 32;
    /** What {@link #insert} did. */
    private static final int ADDED = 0;
    private static final int SEEN = 1;
    private static final int TOO_LONG = 2;

    private @Nullable String[] table = new String[INITIAL_CAPACITY];
    private int size;
    private NameHash hash;

    public NameSet() {
        this(NameHash.unkeyed());
    }

    /** A set whose table starts with {@code hash} (for tests). */
    NameSet(NameHash hash) {
        this.hash = hash;
    }

    /** Adds a name; {@code false} when it was already there. */
    public boolean add(String name) {
        if (size * 2 >= table.length) {
            table = rebuilt(table.length * 2);
        }
        int inserted = insert(table, hash, name);
        if (inserted == TOO_LONG) {
            hash = NameHash.keyedHash();
            table = rebuilt(table.length);
            inserted = insert(table, hash, name);
        }
        if (inserted == SEEN) {
            return false;
        }
        size++;
        return true;
    }

    /** How many names the set holds. */
    public int size() {
        return size;
    }

    /** The hash the table is probed by (for tests). */
    NameHash hash() {
        return hash;
    }

    /** Inserts a name unless it is there; an unkeyed hash gives up after {@link #MAX_PROBE} slots. */
    private static int insert(@Nullable String[] into, NameHash hash, String name) {
        int mask = into.length - 1;
        int limit = hash.keyed() ? mask : MAX_PROBE;
        int i = hash.of(name) & mask;
        for (int probe = 0; probe <= limit; probe++, i = (i + 1) & mask) {
            String seen = into[i];
            if (seen == null) {
                into[i] = name;
                return ADDED;
            }
            if (seen == name || seen.equals(name)) {
                return SEEN;
            }
        }
        return TOO_LONG;
    }

    /** The names in a table of {@code capacity} slots, moving to the keyed hash if a probe runs long. */
    private @Nullable String[] rebuilt(int capacity) {
        @Nullable String[] into = new String[capacity];
        for (String name : table) {
            if (name != null && insert(into, hash, name) == TOO_LONG) {
                hash = NameHash.keyedHash();
                return rebuilt(capacity);
            }
        }
        return into;
    }
}
