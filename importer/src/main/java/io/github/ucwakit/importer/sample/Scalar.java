package io.github.ucwakit.importer.sample;

/**
 * One value seen in a sample: its JSON token kind, or {@link Kind#TEXT} for XML, whose values are all text.
 *
 * @param text the value as text ({@code "11"}, {@code "true"}, {@code "/Date(1474932024822)/"})
 */
public record Scalar(Kind kind, String text) {

    /** The token kinds a sample value may have. */
    public enum Kind {
        STRING,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL,
        OBJECT,
        /** An XML value: text whose type the reader cannot know. */
        TEXT
    }
}
