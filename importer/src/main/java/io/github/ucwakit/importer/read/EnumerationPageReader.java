package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.FrontMatter;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.PageSplitter;
import io.github.ucwakit.importer.page.Section;
import io.github.ucwakit.importer.page.SectionKind;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.List;

/** Reads an enumeration page: its description and members table. */
public final class EnumerationPageReader {

    private final DiagnosticSink sink;

    public EnumerationPageReader(DiagnosticSink sink) {
        this.sink = sink;
    }

    public EnumerationPage read(PageFile file) {
        FrontMatter frontMatter = FrontMatter.of(file.lines());
        List<Section> sections = PageSplitter.split(file, frontMatter, sink);
        String description = Summary.of(sections, frontMatter);
        List<TableEntry> members = sections.stream()
                .filter(s -> s.is(SectionKind.MEMBERS))
                .findFirst()
                .map(s -> Tables.entries(file, s, "Name", sink))
                .orElse(List.of());
        return new EnumerationPage(file, description, members);
    }
}
