package io.github.ucwakit.importer.read;

import java.util.List;

/**
 * What the Response body section of an operation says.
 *
 * @param rels for {@link Kind#RESOURCES}, the rels of the listed items
 */
public record ResponseStatement(Kind kind, int line, List<String> rels) {

    public ResponseStatement {
        rels = List.copyOf(rels);
    }

    /** The shapes of a Response body section. */
    public enum Kind {
        /** "None". */
        NONE,
        /** "contains the properties and links shown ... at the top of this page": the page's own resource. */
        SELF,
        /** A table of linked items. */
        RESOURCES,
        /** No section, or text the importer cannot read. */
        UNSTATED
    }

    public static ResponseStatement unstated(int line) {
        return new ResponseStatement(Kind.UNSTATED, line, List.of());
    }
}
