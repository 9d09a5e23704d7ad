package io.github.ucwakit.runtime.json;

import java.util.TreeSet;

/**
 * The member names seen so far in one JSON object, to refuse one given twice: a small open-addressing table of
 * strings, far lighter than a {@link java.util.HashSet} for the dozen or two names of a resource. Names from one
 * parser are usually the same instances (Jackson interns them), so most probes end on identity.
 *
 * <p>The table probes by {@link String#hashCode()}, which a sender can choose: thousands of names with one hash
 * code would make each insertion walk all the others. So a probe longer than {@link #MAX_PROBE} moves every name
 * into a {@link TreeSet}, whose comparisons do not depend on hash codes: O(log n) per name whatever the names are.
 * Not thread-safe.
 */
final class SeenNames {

    private static final int INITIAL_CAPACITY = 32;
    /** Longer probes than this happen by chance about never with a table at most three quarters full. */
    static final int MAX_PROBE = 24;
    /** What {@link #insert} did. */
    private static final int ADDED = 0;
    private static final int SEEN = 1;
    private static final int TOO_LONG = 2;

    private String[] table = new String[INITIAL_CAPACITY];
    private int size;
    /** The names, once a probe was too long; then the table is no longer used. */
    private TreeSet<String> sorted;

    /** Adds a name; false when it was already there. */
    boolean add(String name) {
        if (sorted == null && size * 4 >= table.length * 3) {
            grow();
        }
        if (sorted != null) {
            return sorted.add(name);
        }
        int probe = insert(table, name);
        if (probe == SEEN) {
            return false;
        }
        if (probe == TOO_LONG) {
            moveToSorted();
            return sorted.add(name);
        }
        size++;
        return true;
    }

    /** Whether the names moved to the sorted set (for tests). */
    boolean sorted() {
        return sorted != null;
    }

    private static int insert(String[] into, String name) {
        int mask = into.length - 1;
        int i = name.hashCode() & mask;
        for (int probe = 0; probe <= MAX_PROBE; probe++, i = (i + 1) & mask) {
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

    private void grow() {
        String[] bigger = new String[table.length * 2];
        for (String name : table) {
            if (name != null && insert(bigger, name) == TOO_LONG) {
                moveToSorted();
                return;
            }
        }
        table = bigger;
    }

    private void moveToSorted() {
        sorted = new TreeSet<>();
        for (String seen : table) {
            if (seen != null) {
                sorted.add(seen);
            }
        }
        table = null;
    }
}
