package io.github.ucwakit.runtime.json;

/**
 * The member names seen so far in one JSON object, to refuse one given twice: a small open-addressing table of
 * strings, far lighter than a {@link java.util.HashSet} for the dozen or two names of a resource. Names from one
 * parser are usually the same instances (Jackson interns them), so most probes end on identity. Not thread-safe.
 */
final class SeenNames {

    private static final int INITIAL_CAPACITY = 32;

    private String[] table = new String[INITIAL_CAPACITY];
    private int size;

    /** Adds a name; false when it was already there. */
    boolean add(String name) {
        if (size * 4 >= table.length * 3) {
            grow();
        }
        if (!insert(table, name)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(String[] into, String name) {
        int mask = into.length - 1;
        for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
            String seen = into[i];
            if (seen == null) {
                into[i] = name;
                return true;
            }
            if (seen == name || seen.equals(name)) {
                return false;
            }
        }
    }

    private void grow() {
        String[] bigger = new String[table.length * 2];
        for (String name : table) {
            if (name != null) {
                insert(bigger, name);
            }
        }
        table = bigger;
    }
}
