package io.github.ucwakit.schema.parse;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a misspelt one was meant to be, for "did you mean" hints. */
public final class Suggestions {

    /** The largest edit distance still taken for a typo. */
    public static final int MAX_DISTANCE = 2;

    /** Words longer than this get no suggestion, so that a huge word never costs a huge comparison. */
    public static final int MAX_WORD_LENGTH = 100;

    private Suggestions() {}

    /**
     * The candidate closest to {@code word} (ignoring case) when it is at most {@link #MAX_DISTANCE} edits away;
     * ties go to the alphabetically first candidate. None for a word longer than {@link #MAX_WORD_LENGTH}.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD_LENGTH) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(word))
                .filter(candidate -> Math.abs(candidate.length() - word.length()) <= MAX_DISTANCE)
                .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE)
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code "; did you mean 'x'?"} for the closest candidate, or an empty string. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** The Levenshtein distance: insertions, deletions and substitutions needed to turn one into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
