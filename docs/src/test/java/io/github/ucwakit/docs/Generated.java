package io.github.ucwakit.docs;

import io.github.ucwakit.docs.build.PageNames;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;

/** A reference generated into a folder, with the means to read its pages back in either format. */
record Generated(ApiModel model, Path output, DocsResult result) {

    static Generated of(ApiModel model, Path output) throws IOException {
        return new Generated(model, output, new DocsGenerator().generate(model, DocsOptions.of(output)));
    }

    Path folder(DocsFormat format) {
        return output.resolve(format.folder());
    }

    Path file(DocsFormat format, String stem) {
        return folder(format).resolve(stem + "." + (format == DocsFormat.MARKDOWN ? "md" : "html"));
    }

    RenderedPage page(DocsFormat format, String stem) throws IOException {
        Path file = file(format, stem);
        return format == DocsFormat.MARKDOWN ? MarkdownPage.read(file) : HtmlPage.read(file);
    }

    RenderedPage resourcePage(DocsFormat format, String resource) throws IOException {
        return page(format, PageNames.of(model).resource(resource).orElseThrow().stem());
    }

    RenderedPage enumerationPage(DocsFormat format, String enumeration) throws IOException {
        return page(format, PageNames.of(model).enumeration(enumeration).orElseThrow().stem());
    }
}
