package io.github.ucwakit.importer.page;

/** A markdown link {@code [text](target)} found in a cell or paragraph. */
public record MarkdownLink(String text, String target) {

    /** Whether the link points at another reference page ({@code something_ref.md}). */
    public boolean isPage() {
        return PageKind.of(target) != null;
    }

    /** Whether the target names an enumeration page (capitalized). */
    public boolean isEnumerationPage() {
        return PageKind.of(target) == PageKind.ENUMERATION;
    }

    /** The page name the target names: the target without {@code _ref.md}. */
    public String pageName() {
        return target.substring(0, target.length() - PageKind.SUFFIX.length());
    }
}
