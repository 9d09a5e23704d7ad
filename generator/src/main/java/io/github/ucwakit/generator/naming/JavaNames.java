package io.github.ucwakit.generator.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Case conversions from descriptor names to Java identifiers. A name is split into words at every character that
 * is not an ASCII letter or digit and at case changes ({@code activeModalities} -> active, Modalities;
 * {@code HTTPServer} -> HTTP, Server); digits stay with the word they follow. Every conversion gives a valid
 * ASCII identifier, never a lone underscore, and does not depend on the default locale.
 */
public final class JavaNames {

    private static final String UNNAMED = "unnamed";

    private JavaNames() {}

    /** Splits a name into its words; characters other than ASCII letters and digits only separate words. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                flush(word, words);
            } else {
                if (startsWord(name, i)) {
                    flush(word, words);
                }
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    /** {@code conversation} -> {@code Conversation}; {@code audio-video} -> {@code AudioVideo}. */
    public static String upperCamel(String name) {
        String joined = words(orUnnamed(name)).stream().map(JavaNames::capitalize).collect(Collectors.joining());
        return identifierStart(joined);
    }

    /** {@code ActiveModalities} -> {@code activeModalities}; {@code URL} -> {@code url}. */
    public static String lowerCamel(String name) {
        List<String> words = words(orUnnamed(name));
        StringBuilder result = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        words.stream().skip(1).map(JavaNames::capitalize).forEach(result::append);
        return identifierStart(result.toString());
    }

    /** {@code InLobby} -> {@code IN_LOBBY}; {@code PanoramicVideo} -> {@code PANORAMIC_VIDEO}. */
    public static String upperSnake(String name) {
        String joined = words(orUnnamed(name)).stream()
                .map(w -> w.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
        return identifierStart(joined);
    }

    /** The first character in upper case, the others as they are. */
    public static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static boolean startsWord(String name, int i) {
        if (i == 0) {
            return false;
        }
        char previous = name.charAt(i - 1);
        char current = name.charAt(i);
        if (!isAsciiLetterOrDigit(previous) || !isUpper(current)) {
            return false;
        }
        if (isLower(previous) || isDigit(previous)) {
            return true;
        }
        // an acronym ends before its last capital when a lower-case letter follows: HTTPServer -> HTTP, Server
        return isUpper(previous) && i + 1 < name.length() && isLower(name.charAt(i + 1));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String orUnnamed(String name) {
        return words(name).isEmpty() ? UNNAMED : name;
    }

    private static String identifierStart(String identifier) {
        return isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isUpper(c) || isLower(c) || isDigit(c);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
