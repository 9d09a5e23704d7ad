package io.github.ucwakit.importer.page;

import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.Optional;

/**
 * Resolves links between pages against the folder. A target that differs from a page of the folder only in case
 * resolves to that page, with a warning; a target the folder does not hold resolves to nothing.
 */
public final class PageLinkResolver {

    private final PageFolder folder;
    private final DiagnosticSink sink;

    public PageLinkResolver(PageFolder folder, DiagnosticSink sink) {
        this.folder = folder;
        this.sink = sink;
    }

    /** The name of the page the link points at, when the folder holds it. */
    public Optional<String> resolve(PageFile from, int line, MarkdownLink link) {
        if (!link.isPage()) {
            return Optional.empty();
        }
        if (folder.contains(link.target())) {
            return Optional.of(link.pageName());
        }
        Optional<String> other = folder.findIgnoringCase(link.target());
        other.ifPresent(actual -> sink.warn(from.at(line),
                "link target '" + link.target() + "' differs in case from page '" + actual + "'"));
        return other.map(PageLinkResolver::pageName);
    }

    /** The kind of the page the link points at, when the folder holds it. */
    public Optional<PageKind> kindOf(String pageName) {
        return Optional.ofNullable(PageKind.of(pageName + PageKind.SUFFIX))
                .filter(kind -> folder.contains(pageName + PageKind.SUFFIX));
    }

    private static String pageName(String fileName) {
        return fileName.substring(0, fileName.length() - PageKind.SUFFIX.length());
    }
}
