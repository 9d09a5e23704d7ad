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

    static List<Inline> of(Inline inline) {
        return List.of(inline);
    }

    static List<Inline> cardinality(boolean array) {
        return text(array ? "array" : "single");
    }
}
