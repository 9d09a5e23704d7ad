package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Builds JSON paths such as {@code $._embedded.participant[1].name} for error locations. */
public final class JsonPaths {

    public static final String ROOT = "$";

    private JsonPaths() {}

    /** {@code base.name}, or {@code base['name']} when the name is not a plain identifier. */
    public static String member(String base, String name) {
        if (isIdentifier(name)) {
            return base + "." + name;
        }
        return base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** {@code base[index]}. */
    public static String index(String base, int index) {
        return base + "[" + index + "]";
    }

    /**
     * The path of the value a parser stands on, from its parsing context: an object adds the name it last read, an
     * array the index it has reached. {@code fallback} when there is no context.
     */
    public static String of(JsonStreamContext context, String fallback) {
        if (context == null) {
            return fallback;
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inObject()) {
                path = c.getCurrentName() == null ? path : member(path, c.getCurrentName());
            } else if (c.getCurrentIndex() >= 0) {
                path = index(path, c.getCurrentIndex());
            }
        }
        return path;
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
