package io.github.ucwakit.importer.page;

/** One line of a page with its 1-based line number. */
public record NumberedLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }
}
