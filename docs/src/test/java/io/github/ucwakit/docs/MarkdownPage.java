package io.github.ucwakit.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** A Markdown page parsed with CommonMark and GitHub tables, as a reader's renderer would. */
final class MarkdownPage implements RenderedPage {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final Map<String, List<String>> code = new LinkedHashMap<>();

    private MarkdownPage(String markdown) {
        Node document = PARSER.parse(markdown);
        String[] heading = {""};
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                heading[0] = text(h);
                headings.add(heading[0]);
            } else if (node instanceof Paragraph p) {
                paragraphs.add(text(p));
            } else if (node instanceof TableBlock table) {
                rows.computeIfAbsent(heading[0], k -> new ArrayList<>()).addAll(bodyRows(table));
            } else if (node instanceof FencedCodeBlock block) {
                code.computeIfAbsent(block.getInfo(), k -> new ArrayList<>()).add(block.getLiteral());
            }
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }
        });
    }

    static MarkdownPage read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static MarkdownPage parse(String markdown) {
        return new MarkdownPage(markdown);
    }

    /** The plain text of a node: text, code and line breaks as spaces, markup left out. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static List<List<String>> bodyRows(TableBlock table) {
        List<List<String>> out = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                if (row instanceof TableRow) {
                    out.add(cells);
                }
            }
        }
        return out;
    }

    @Override
    public List<List<String>> rowsUnder(String heading) {
        return rows.getOrDefault(heading, List.of());
    }

    @Override
    public List<String> paragraphs() {
        return paragraphs;
    }

    @Override
    public List<String> headings() {
        return headings;
    }

    @Override
    public List<String> links() {
        return links;
    }

    @Override
    public List<String> code(String language) {
        return code.getOrDefault(language, List.of());
    }
}
