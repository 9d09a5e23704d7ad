package io.github.ucwakit.schema;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of warning, each with a stable identifier that a {@link WarningPolicy} names to ignore it, list every
 * one of it, or make it an error. Printed at the end of each warning, as {@code [undescribed-reference]}.
 */
public enum WarningKind {
    /** A link, embedded resource, event sender or operation response names a resource no descriptor describes. */
    UNDESCRIBED_REFERENCE("undescribed-reference"),
    /** A descriptor folder holds no descriptor. */
    EMPTY_FOLDER("empty-folder"),
    /** Two names wanted the same Java name, and the later one was given another. */
    JAVA_RENAME("java-rename"),
    /** A member is not generated (a property named {@code rel}, which is the resource's own). */
    NOT_GENERATED("not-generated"),
    /** The importer read an irregular reference page as best it could. */
    REFERENCE_PAGE("reference-page"),
    /** The importer could not apply part of an override, or an override matches no page. */
    OVERRIDE("override");

    private final String id;

    WarningKind(String id) {
        this.id = id;
    }

    /** The stable identifier, as written in configuration and printed after a warning. */
    public String id() {
        return id;
    }

    /** The kind of the given identifier. */
    public static Optional<WarningKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
