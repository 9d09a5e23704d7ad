package io.github.ucwakit.docs.render;

import io.github.ucwakit.docs.page.Block;
import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import java.util.List;

/**
 * Writes a page as CommonMark with GitHub tables; links point at the {@code .md} files of the other pages, and a
 * figure is an image of its SVG file, written next to the page, followed by its caption.
 */
public final class MarkdownWriter {

    /** The extension of Markdown pages. */
    public static final String EXTENSION = "md";

    public String write(Page page) {
        StringBuilder out = new StringBuilder();
        for (Block block : page.blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            block(block, out);
        }
        return out.toString();
    }

    private void block(Block block, StringBuilder out) {
        if (block instanceof Block.Heading heading) {
            out.append("#".repeat(heading.level())).append(' ').append(MarkdownText.inline(heading.text()));
            out.append('\n');
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append(inlines(paragraph.content(), false, true)).append('\n');
        } else if (block instanceof Block.Table table) {
            table(table, out);
        } else if (block instanceof Block.CodeBlock code) {
            String text = code.code().endsWith("\n") ? code.code() : code.code() + "\n";
            String fence = MarkdownText.codeFence(text);
            out.append(fence).append(code.language()).append('\n').append(text).append(fence).append('\n');
        } else if (block instanceof Block.Figure figure) {
            out.append("![").append(MarkdownText.inline(figure.diagram().title())).append("](")
                    .append(figure.fileName()).append(")\n\n");
            out.append(MarkdownText.lineStart(figure.caption())).append('\n');
        }
    }

    private void table(Block.Table table, StringBuilder out) {
        row(table.headers().stream().map(MarkdownText::inline).toList(), out);
        row(table.headers().stream().map(h -> "---").toList(), out);
        for (List<List<Inline>> row : table.rows()) {
            row(row.stream().map(cell -> inlines(cell, true, false)).toList(), out);
        }
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(cell).append(cell.isEmpty() ? "" : " ").append('|'));
        out.append('\n');
    }

    private String inlines(List<Inline> runs, boolean inTable, boolean startsLine) {
        StringBuilder out = new StringBuilder();
        for (Inline run : runs) {
            out.append(inline(run, inTable, startsLine && out.length() == 0));
        }
        return out.toString();
    }

    private String inline(Inline run, boolean inTable, boolean atLineStart) {
        if (run instanceof Inline.Text text) {
            return atLineStart ? MarkdownText.lineStart(text.text()) : MarkdownText.inline(text.text());
        }
        if (run instanceof Inline.Strong strong) {
            return "**" + MarkdownText.inline(strong.text()) + "**";
        }
        if (run instanceof Inline.Code code) {
            return MarkdownText.codeSpan(code.text(), inTable);
        }
        Inline.PageLink link = (Inline.PageLink) run;
        return "[" + MarkdownText.inline(link.label()) + "](" + link.target().fileName(EXTENSION) + ")";
    }
}
