package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import java.util.List;

/** Shorthands for table cells. */
final class Cells {

    private Cells() {}

    static List<Inline> text(String text) {
        return List.of(new Inline.Text(Prose.inline(text)));
    }

    /** Literal text; an empty cell for {@code null}. */
    static List<Inline> code(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(new Inline.Code(Prose.inline(text)));
    }

    /** Two pieces of literal text, separated by a comma: an accessor and the constant that types it. */
    static List<Inline> codes(String first, String second) {
        return List.of(new Inline.Code(Prose.inline(first)), new Inline.Text(", "),
                new Inline.Code(Prose.inline(second)));
    }

    static List<Inline> of(Inline inline) {
        return List.of(inline);
    }

    static List<Inline> cardinality(boolean array) {
        return text(array ? "array" : "single");
    }
}
