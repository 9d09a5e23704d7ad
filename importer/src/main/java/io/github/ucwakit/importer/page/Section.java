package io.github.ucwakit.importer.page;

import java.util.List;

/**
 * A heading of a page and the lines up to the next heading.
 *
 * @param heading the heading; {@code null} for the lines before the first heading
 */
public record Section(Heading heading, List<NumberedLine> body) {

    public Section {
        body = List.copyOf(body);
    }

    public boolean is(SectionKind kind) {
        return heading != null && heading.is(kind);
    }

    /** The line number of the heading, or of the first body line for the leading section. */
    public int line() {
        if (heading != null) {
            return heading.line();
        }
        return body.isEmpty() ? 1 : body.get(0).number();
    }
}
