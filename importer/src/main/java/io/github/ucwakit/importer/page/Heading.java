package io.github.ucwakit.importer.page;

/**
 * A markdown heading of a page.
 *
 * @param kind the section it opens, or {@code null} for a heading the importer does not know (the page title,
 *     a concept heading)
 * @param name the section name as the reference spells it ({@code "Properties"}, {@code "GET"}); the heading's
 *     own text when the kind is {@code null}
 */
public record Heading(int line, int level, String text, SectionKind kind, String name) {

    public boolean is(SectionKind other) {
        return kind == other;
    }
}
