package io.github.ucwakit.docs;

/** An output format of the reference, each written to its own sub-folder of the output folder. */
public enum DocsFormat {
    /** CommonMark with GitHub tables, in {@code markdown/}. */
    MARKDOWN("markdown"),
    /** A static XHTML site with one stylesheet, in {@code html/}. */
    HTML("html");

    private final String folder;

    DocsFormat(String folder) {
        this.folder = folder;
    }

    /** The sub-folder of the output folder this format is written to. */
    public String folder() {
        return folder;
    }
}
