package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.page.MarkdownLink;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.PageKind;
import io.github.ucwakit.importer.page.PageLinkResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The enumerations a description links: links to enumeration pages of the folder (a target differing only in
 * case included), and links to capitalized pages the folder does not hold, which name an absent enumeration.
 */
final class NamedEnumerations {

    private NamedEnumerations() {}

    static List<String> of(PageFile page, int line, List<MarkdownLink> links, PageLinkResolver resolver) {
        List<String> named = new ArrayList<>();
        for (MarkdownLink link : links) {
            Optional<String> resolved = resolver.resolve(page, line, link);
            if (resolved.isPresent()) {
                if (resolver.kindOf(resolved.get()).orElse(null) == PageKind.ENUMERATION) {
                    named.add(resolved.get());
                }
            } else if (link.isEnumerationPage()) {
                named.add(link.pageName());
            }
        }
        return named.stream().distinct().toList();
    }
}
