package io.github.ucwakit.docs;

import io.github.ucwakit.docs.build.ExamplePayloads;
import io.github.ucwakit.docs.build.JavaNaming;
import io.github.ucwakit.docs.build.SiteBuilder;
import io.github.ucwakit.docs.example.RuntimeExamplePayloads;
import io.github.ucwakit.docs.diagram.DiagramLayout;
import io.github.ucwakit.docs.diagram.SvgWriter;
import io.github.ucwakit.docs.diagram.TextMetrics;
import io.github.ucwakit.docs.page.Block;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.Site;
import io.github.ucwakit.docs.render.HtmlWriter;
import io.github.ucwakit.docs.render.MarkdownWriter;
import io.github.ucwakit.docs.render.SiteSearch;
import io.github.ucwakit.docs.render.Stylesheet;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The entry point of the docs module: writes the reference of a model as Markdown pages and as a static HTML
 * site, with the guide pages (their figures inline SVG in HTML, SVG files next to the Markdown). The output is deterministic (pages in name order, no timestamps, {@code \n} line ends) and a file is
 * written only when its bytes change.
 */
public final class DocsGenerator {

    private final ExamplePayloads examples;

    /** A generator whose example payloads are written by the ucwakit runtime's codec. */
    public DocsGenerator() {
        this(new RuntimeExamplePayloads());
    }

    DocsGenerator(ExamplePayloads examples) {
        this.examples = examples;
    }

    /** Writes the reference of the model under {@code options.outputDirectory()}. */
    public DocsResult generate(ApiModel model, DocsOptions options) throws IOException {
        JavaNaming java = JavaNaming.of(model, options.javaPackage());
        Site site = new SiteBuilder(examples).build(options.title(), model, java);
        OutputFiles output = new OutputFiles(options.outputDirectory());
        if (options.formats().contains(DocsFormat.MARKDOWN)) {
            writeMarkdown(site, output);
        }
        if (options.formats().contains(DocsFormat.HTML)) {
            writeHtml(site, output);
        }
        return output.result(site.pages().size());
    }

    private static void writeMarkdown(Site site, OutputFiles output) throws IOException {
        Path folder = Path.of(DocsFormat.MARKDOWN.folder());
        MarkdownWriter writer = new MarkdownWriter();
        Set<String> names = new HashSet<>();
        for (Page page : site.pages()) {
            String name = page.id().fileName(MarkdownWriter.EXTENSION);
            output.write(folder.resolve(name), writer.write(page));
            names.add(name);
            for (Block block : page.blocks()) {
                if (block instanceof Block.Figure figure) {
                    output.write(folder.resolve(figure.fileName()), svg(figure));
                    names.add(figure.fileName());
                }
            }
        }
        output.deleteOthers(folder, Set.of(MarkdownWriter.EXTENSION, Block.Figure.EXTENSION), names);
    }

    /** The figure's diagram as a standalone SVG file. */
    static String svg(Block.Figure figure) {
        return SvgWriter.document(new DiagramLayout(TextMetrics.DEFAULT).layout(figure.diagram()), figure.name());
    }

    private static void writeHtml(Site site, OutputFiles output) throws IOException {
        Path folder = Path.of(DocsFormat.HTML.folder());
        HtmlWriter writer = new HtmlWriter(site);
        Set<String> names = new HashSet<>();
        for (Page page : site.pages()) {
            String name = page.id().fileName(HtmlWriter.EXTENSION);
            output.write(folder.resolve(name), writer.write(page));
            names.add(name);
        }
        output.write(folder.resolve(Stylesheet.FILE_NAME), Stylesheet.css());
        names.add(Stylesheet.FILE_NAME);
        output.write(folder.resolve(SiteSearch.SCRIPT), SiteSearch.script());
        names.add(SiteSearch.SCRIPT);
        output.write(folder.resolve(SiteSearch.INDEX), SiteSearch.index(site.searchEntries()));
        names.add(SiteSearch.INDEX);
        output.deleteOthers(folder, Set.of(HtmlWriter.EXTENSION, "css", "js"), names);
    }
}
