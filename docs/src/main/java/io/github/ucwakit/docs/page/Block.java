package io.github.ucwakit.docs.page;

import io.github.ucwakit.docs.diagram.SequenceDiagram;
import java.util.List;
import java.util.Objects;

/** A block of a page: a heading, a paragraph, a table, a code block or a figure. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.CodeBlock, Block.Figure {

    /**
     * A heading; level 1 is the page title.
     *
     * @param id the element id, unique on its page, that links and the table of contents point at
     */
    record Heading(int level, String text, String id) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level " + level);
            }
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(id, "id");
        }
    }

    /** A paragraph of inline runs. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A table with a header row; every row has as many cells as there are headers. */
    record Table(List<String> headers, List<List<List<Inline>>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
            for (List<List<Inline>> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException(
                            "row of " + row.size() + " cells under " + headers.size() + " headers");
                }
            }
        }
    }

    /**
     * Preformatted text shown as is.
     *
     * @param language the language of the text ({@code json}, {@code xml}), for highlighting
     */
    record CodeBlock(String language, String code) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A sequence diagram with its caption. HTML pages hold its SVG inline; Markdown pages show the SVG file written
     * next to them.
     *
     * @param name the name of its SVG file without the extension and the prefix of its ids in a page, safe as a
     *     {@link PageId}
     */
    record Figure(String name, SequenceDiagram diagram, String caption) implements Block {

        /** The extension of a figure's file. */
        public static final String EXTENSION = "svg";

        public Figure {
            new PageId(name);
            Objects.requireNonNull(diagram, "diagram");
            Objects.requireNonNull(caption, "caption");
        }

        /** The file name of the figure's SVG. */
        public String fileName() {
            return name + "." + EXTENSION;
        }
    }
}
