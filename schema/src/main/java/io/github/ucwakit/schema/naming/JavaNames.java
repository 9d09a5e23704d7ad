package io.github.ucwakit.schema.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Derives Java names from descriptor names. A name is cut into words at every character that is not an ASCII letter
 * or digit ({@code thread-id}, {@code thread_id}, {@code café} give thread, id and caf) and where case changes: a
 * capital after a lower-case letter or a digit starts a word ({@code activeModalities} gives active, Modalities), and
 * so does the last capital of a run followed by a lower-case letter ({@code HTTPServer} gives HTTP, Server).
 *
 * <ul>
 *   <li>members (property and embedded accessors, parameters): lowerCamel, the first word in lower case and every
 *       other word capitalised ({@code ThreadId}, {@code thread-id} and {@code THREAD_ID} become {@code threadId});
 *   <li>link accessors: the lowerCamel rel then {@code Link}, or {@code Links} for an array rel;
 *   <li>classes (resources, enumerations): UpperCamel, every word capitalised; a resource's binding class adds
 *       {@code Binding};
 *   <li>enumeration constants: UPPER_SNAKE ({@code InLobby}, {@code in-lobby} and {@code IN_LOBBY} become
 *       {@code IN_LOBBY}).
 * </ul>
 *
 * A name that starts with a digit is prefixed with {@code _} ({@code 1080p} becomes {@code _1080P}), so a derived name
 * is always an identifier; a name with no ASCII letter or digit gives an empty string, which validation reports.
 *
 * <p><b>Reserved names, one rule.</b> A property, embedded key or parameter whose lowerCamel name is a Java keyword
 * or literal, or a member name generated code defines ({@link ReservedNames#member}: {@code builder}, {@code build},
 * {@code rel}, {@code self}, {@code toString}, ...), gets {@value #RESERVED_SUFFIX} appended: {@code class} becomes
 * {@code classValue()}, {@code builder} becomes {@code builderValue()}, {@code toString} becomes {@code toStringValue()}.
 * The wire name is unchanged, so the member is read, written and reached through its typed accessor as any other.
 * Link accessors already end in {@code Link} or {@code Links} and need no rule ({@code class} gives
 * {@code classLink()}). A {@code javaName} written in the descriptor replaces the derived member name or constant, and
 * is taken as written. Identifiers and keywords are those of Java 17; nothing depends on the default locale.
 */
public final class JavaNames {

    /** What the one rule for reserved names appends to a member name generated code already uses. */
    public static final String RESERVED_SUFFIX = "Value";

    private static final SourceVersion JAVA = SourceVersion.RELEASE_17;
    private static final List<String> LITERALS = List.of("true", "false", "null");

    private JavaNames() {}

    /** The words of a name; empty when it holds no ASCII letter or digit. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (startsWord(name, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return List.copyOf(words);
    }

    /** The lowerCamel member name of a wire name; empty when the name has no words. */
    public static String lowerCamel(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder result = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        words.stream().skip(1).map(JavaNames::capitalize).forEach(result::append);
        return identifierStart(result.toString());
    }

    /** The UpperCamel class name of a resource or enumeration name; empty when the name has no words. */
    public static String upperCamel(String name) {
        return identifierStart(words(name).stream().map(JavaNames::capitalize).collect(Collectors.joining()));
    }

    /** The UPPER_SNAKE constant name of an enumeration member; empty when the name has no words. */
    public static String upperSnake(String name) {
        return identifierStart(words(name).stream().map(word -> word.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_")));
    }

    /**
     * The Java name of a property, embedded key or parameter: its {@code javaName} when given, else lowerCamel with
     * the reserved-name rule applied ({@link #RESERVED_SUFFIX} after a keyword, a literal or a reserved member name).
     */
    public static String memberName(String wireName, String javaName) {
        return javaName != null ? javaName : unreserved(lowerCamel(wireName));
    }

    /** The name itself, or the name then {@link #RESERVED_SUFFIX} when it is a keyword, a literal or reserved. */
    public static String unreserved(String name) {
        boolean reserved = !name.isEmpty() && (isKeyword(name) || ReservedNames.member(name).isPresent());
        return reserved ? name + RESERVED_SUFFIX : name;
    }

    /** The accessor of a link: its {@code javaName} or lowerCamel rel, then {@code Link}, or {@code Links} for an array rel. */
    public static String linkAccessor(String rel, String javaName, boolean array) {
        return (javaName != null ? javaName : lowerCamel(rel)) + (array ? "Links" : "Link");
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

    private static boolean startsWord(String name, int i) {
        if (i == 0 || !isLetterOrDigit(name.charAt(i - 1)) || !isUpper(name.charAt(i))) {
            return false;
        }
        char previous = name.charAt(i - 1);
        if (isLower(previous) || isDigit(previous)) {
            return true;
        }
        return i + 1 < name.length() && isLower(name.charAt(i + 1));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** The first character in upper case, the others as they are: {@code participants} gives {@code Participants}. */
    public static String capitalize(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String identifierStart(String name) {
        return !name.isEmpty() && isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static boolean isLetterOrDigit(char c) {
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
