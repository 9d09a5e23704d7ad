package io.github.ucwakit.generator.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hands out unique names within one scope (the classes of a package, the members of a class, the constants of an
 * enumeration). A reserved name gets a {@code _} suffix; a name already handed out gets the first free numeric
 * suffix, so the first claimant keeps the name and the result depends only on the order of the claims.
 */
final class NameAllocator {

    /** How a numeric suffix is attached: {@code name2} or {@code NAME_2}. */
    enum Suffix {
        PLAIN(""),
        UNDERSCORE("_");

        private final String separator;

        Suffix(String separator) {
            this.separator = separator;
        }
    }

    private final Predicate<String> reserved;
    private final boolean ignoreCase;
    private final Suffix suffix;
    private final Set<String> taken = new HashSet<>();

    /**
     * @param reserved the names that get a {@code _} suffix
     * @param ignoreCase whether names that differ only in case collide (class names: files on some file systems)
     */
    NameAllocator(Predicate<String> reserved, boolean ignoreCase, Suffix suffix) {
        this.reserved = reserved;
        this.ignoreCase = ignoreCase;
        this.suffix = suffix;
    }

    /** Whether {@code name} is neither reserved nor handed out. */
    boolean isFree(String name) {
        return !reserved.test(name) && !taken.contains(key(name));
    }

    /** Claims {@code candidate}, escaped when reserved and suffixed when taken. */
    Allocation allocate(String candidate) {
        String wanted = reserved.test(candidate) ? candidate + "_" : candidate;
        String name = wanted;
        for (int n = 2; taken.contains(key(name)); n++) {
            name = wanted + suffix.separator + n;
        }
        taken.add(key(name));
        return new Allocation(name, wanted);
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * A name handed out.
     *
     * @param name the unique name
     * @param wanted the name asked for, after escaping
     */
    record Allocation(String name, String wanted) {

        /** Whether the wanted name was taken, so a numeric suffix was added. */
        boolean renamed() {
            return !name.equals(wanted);
        }
    }
}
