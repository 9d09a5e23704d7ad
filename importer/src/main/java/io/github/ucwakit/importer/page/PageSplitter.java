package io.github.ucwakit.importer.page;

import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a page, after its front matter, into a flat list of sections at its headings (fenced code excepted). */
public final class PageSplitter {

    private PageSplitter() {}

    public static List<Section> split(PageFile page, FrontMatter frontMatter, DiagnosticSink sink) {
        HeadingClassifier classifier = new HeadingClassifier(page, sink);
        List<Section> sections = new ArrayList<>();
        Heading current = null;
        List<NumberedLine> body = new ArrayList<>();
        boolean inFence = false;
        for (NumberedLine line : page.lines()) {
            if (line.number() <= frontMatter.endLine()) {
                continue;
            }
            if (line.trimmed().startsWith("```")) {
                inFence = !inFence;
            }
            Optional<Heading> heading = inFence ? Optional.empty() : classifier.classify(line);
            if (heading.isPresent()) {
                sections.add(new Section(current, body));
                current = heading.get();
                body = new ArrayList<>();
            } else {
                body.add(line);
            }
        }
        sections.add(new Section(current, body));
        return List.copyOf(sections);
    }
}
