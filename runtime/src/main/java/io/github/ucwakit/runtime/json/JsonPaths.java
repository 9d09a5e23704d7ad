package io.github.ucwakit.runtime.json;

/** Builds JSON paths such as {@code $._embedded.participant[1].name} for error locations. */
final class JsonPaths {

    static final String ROOT = "$";

    private JsonPaths() {}

    /** {@code base.name}, or {@code base['name']} when the name is not a plain identifier. */
    static String member(String base, String name) {
        if (isIdentifier(name)) {
            return base + "." + name;
        }
        return base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** {@code base[index]}. */
    static String index(String base, int index) {
        return base + "[" + index + "]";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
