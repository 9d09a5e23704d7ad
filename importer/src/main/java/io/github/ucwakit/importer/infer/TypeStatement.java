package io.github.ucwakit.importer.infer;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a request-body description into its text and the type statement the reference appends to it, often
 * without a space ({@code "...to this conversation.String"}).
 */
public final class TypeStatement {

    private static final Pattern TAIL = Pattern.compile(
            "^(.*?)\\s*(Nullable\\s*)?(Array of\\s*)?"
                    + "(\\((\\w+)\\)\\s*\\w+(?:\\s*,\\s*(?:or\\s+)?\\w+)*|String|Boolean|Int32|Int64|DateTime|TimeSpan"
                    + "|ExternalResource|Byte)\\s*$",
            Pattern.DOTALL);
    private static final Map<String, String> SCALARS = Map.of(
            "String", "string", "Boolean", "boolean", "Int32", "int", "Int64", "long", "DateTime", "date");

    private TypeStatement() {}

    /** The description without its type statement, and the statement if there is one. */
    public record Split(String description, Optional<TypeHint> hint) {}

    public static Split split(String description) {
        if (description == null) {
            return new Split(null, Optional.empty());
        }
        Matcher m = TAIL.matcher(description);
        if (!m.matches()) {
            return new Split(description, Optional.empty());
        }
        String text = m.group(1).strip();
        String word = m.group(4);
        String enumeration = m.group(5);
        boolean array = m.group(3) != null;
        String stated = description.substring(m.start(2) >= 0 ? m.start(2) : m.start(3) >= 0 ? m.start(3)
                : m.start(4)).strip();
        TypeHint hint = enumeration != null
                ? new TypeHint(array, null, enumeration, null, stated)
                : new TypeHint(array, SCALARS.get(word), null, SCALARS.containsKey(word) ? null : word, stated);
        return new Split(text.isEmpty() ? null : text, Optional.of(hint));
    }
}
