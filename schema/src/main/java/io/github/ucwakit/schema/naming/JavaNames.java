package io.github.ucwakit.schema.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Derives Java names from descriptor names. A name is cut into words at every character that is not a letter or a
 * digit ({@code thread-id} and {@code thread_id} give the words {@code thread} and {@code id}); case inside a word is
 * kept as written.
 *
 * <ul>
 *   <li>members (property and embedded accessors, parameters): lowerCamel, the first word's first letter in lower
 *       case and every other word's in upper case ({@code ThreadId}, {@code thread-id} become {@code threadId});
 *   <li>link accessors: the lowerCamel rel then {@code Link}, or {@code Links} for an array rel;
 *   <li>classes (resources, enumerations): UpperCamel, every word's first letter in upper case; a resource's binding
 *       class adds {@code Binding};
 *   <li>enumeration constants: UPPER_SNAKE, words also cut where a lower-case letter or digit meets an upper-case
 *       one, and before the last capital of a run of capitals followed by a lower-case letter ({@code InLobby},
 *       {@code in-lobby} and {@code IN_LOBBY} become {@code IN_LOBBY}).
 * </ul>
 *
 * A {@code javaName} written in the descriptor replaces the derived member name or constant. Identifiers and keywords
 * are those of Java 17.
 */
public final class JavaNames {

    private static final SourceVersion JAVA = SourceVersion.RELEASE_17;
    private static final List<String> LITERALS = List.of("true", "false", "null");

    private JavaNames() {}

    /** The lowerCamel member name of a wire name; empty when the name holds no letter or digit. */
    public static String lowerCamel(String name) {
        List<String> words = words(name);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            result.append(i == 0 ? withFirst(words.get(i), false) : withFirst(words.get(i), true));
        }
        return result.toString();
    }

    /** The UpperCamel class name of a resource or enumeration name. */
    public static String upperCamel(String name) {
        return words(name).stream().map(word -> withFirst(word, true)).collect(Collectors.joining());
    }

    /** The UPPER_SNAKE constant name of an enumeration member. */
    public static String upperSnake(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : words(name)) {
            parts.addAll(caseWords(word));
        }
        return parts.stream().map(part -> part.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_"));
    }

    /** The Java name of a property, embedded key or parameter: its {@code javaName} when given, else lowerCamel. */
    public static String memberName(String wireName, String javaName) {
        return javaName != null ? javaName : lowerCamel(wireName);
    }

    /** The accessor of a link: its member name then {@code Link}, or {@code Links} for an array rel. */
    public static String linkAccessor(String rel, String javaName, boolean array) {
        return memberName(rel, javaName) + (array ? "Links" : "Link");
    }

    /** The constant of an enumeration member: its {@code javaName} when given, else UPPER_SNAKE. */
    public static String constantName(String wireName, String javaName) {
        return javaName != null ? javaName : upperSnake(wireName);
    }

    /** The class generated for a resource or an enumeration. */
    public static String className(String name) {
        return upperCamel(name);
    }

    /** The binding class generated for a resource. */
    public static String bindingClassName(String resourceName) {
        return className(resourceName) + "Binding";
    }

    /** Whether the name is a legal Java identifier: not empty, the right characters, not a keyword or literal. */
    public static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name) && !isKeyword(name);
    }

    /** Whether the name is a Java keyword or one of the literals {@code true}, {@code false}, {@code null}. */
    public static boolean isKeyword(String name) {
        return SourceVersion.isKeyword(name, JAVA);
    }

    /** Whether the name is one of the literals {@code true}, {@code false}, {@code null}. */
    public static boolean isLiteral(String name) {
        return LITERALS.contains(name);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Cuts a word where its case changes: {@code InLobby} gives In, Lobby; {@code HTTPServer} gives HTTP, Server. */
    private static List<String> caseWords(String word) {
        List<String> parts = new ArrayList<>();
        int[] points = word.codePoints().toArray();
        int start = 0;
        for (int i = 1; i < points.length; i++) {
            boolean upper = Character.isUpperCase(points[i]);
            boolean afterLowerOrDigit = Character.isLowerCase(points[i - 1]) || Character.isDigit(points[i - 1]);
            boolean endsCapitals = Character.isUpperCase(points[i - 1]) && i + 1 < points.length
                    && Character.isLowerCase(points[i + 1]);
            if (upper && (afterLowerOrDigit || endsCapitals)) {
                parts.add(new String(points, start, i - start));
                start = i;
            }
        }
        parts.add(new String(points, start, points.length - start));
        return parts;
    }

    private static String withFirst(String word, boolean upper) {
        int first = word.codePointAt(0);
        int changed = upper ? Character.toUpperCase(first) : Character.toLowerCase(first);
        return new StringBuilder().appendCodePoint(changed).append(word, Character.charCount(first), word.length())
                .toString();
    }
}
