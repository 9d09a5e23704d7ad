package io.github.ucwakit.docs;

import java.util.List;

/** A generated page read back, whatever its format: its table rows by the heading they stand under, its text. */
interface RenderedPage {

    /** The rows (cells as plain text) of every table under the nearest heading with that text. */
    List<List<String>> rowsUnder(String heading);

    /** The text of every paragraph, in order. */
    List<String> paragraphs();

    /** The heading texts, in order. */
    List<String> headings();

    /** Every link target, in order. */
    List<String> links();

    /** The code blocks by language. */
    List<String> code(String language);
}
