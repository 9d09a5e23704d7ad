package io.github.ucwakit.importer.page;

/** What a reference page describes, told by its file name. */
public enum PageKind {
    /** A lower-case {@code *_ref.md} page: one resource. */
    RESOURCE,
    /** A capitalized {@code *_ref.md} page: one enumeration. */
    ENUMERATION;

    static final String SUFFIX = "_ref.md";

    /** The kind of a file name, or {@code null} when the file is not a reference page. */
    static PageKind of(String fileName) {
        if (!fileName.endsWith(SUFFIX) || fileName.length() == SUFFIX.length()) {
            return null;
        }
        char first = fileName.charAt(0);
        if (Character.isUpperCase(first)) {
            return ENUMERATION;
        }
        return Character.isLowerCase(first) ? RESOURCE : null;
    }
}
