package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.FrontMatter;
import io.github.ucwakit.importer.page.InlineText;
import io.github.ucwakit.importer.page.Section;
import java.util.List;

/**
 * The one-line description of a page: the paragraph under its title, or else the front matter's
 * {@code description} (which some pages fill with boilerplate such as "Describes the x resource ...").
 */
final class Summary {

    private Summary() {}

    static String of(List<Section> sections, FrontMatter frontMatter) {
        for (Section section : sections) {
            if (section.heading() != null && section.heading().level() == 1) {
                List<String> paragraphs = Paragraphs.of(section.body());
                if (!paragraphs.isEmpty()) {
                    return paragraphs.get(0);
                }
                break;
            }
        }
        return frontMatter.get("description").map(InlineText::plain).orElse(null);
    }
}
