package io.github.ucwakit.sample;

import java.util.regex.Pattern;

/**
 * Turns a JSON sample the reference abridged with {@code ...} lines into JSON: the elisions are dropped, then the
 * commas they leave dangling, the empty objects that stood only for omitted events, and the comma the page forgot
 * between an object and the member after it.
 */
final class ElidedJson {

    private static final Pattern ELISION = Pattern.compile("(?m)^\\s*\\.\\.\\.\\s*$\\n?");
    private static final Pattern EMPTY_OBJECT_IN_ARRAY = Pattern.compile(",\\s*\\{\\s*}");
    private static final Pattern DANGLING_COMMA = Pattern.compile(",(\\s*[}\\]])");
    private static final Pattern MISSING_COMMA = Pattern.compile("}(\\s*\\n\\s*\")");

    private ElidedJson() {}

    static String repair(String json) {
        String text = ELISION.matcher(json).replaceAll("");
        text = EMPTY_OBJECT_IN_ARRAY.matcher(text).replaceAll("");
        text = DANGLING_COMMA.matcher(text).replaceAll("$1");
        return MISSING_COMMA.matcher(text).replaceAll("},$1");
    }
}
