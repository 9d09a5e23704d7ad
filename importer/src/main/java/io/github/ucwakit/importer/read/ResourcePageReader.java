package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.FrontMatter;
import io.github.ucwakit.importer.page.InlineText;
import io.github.ucwakit.importer.page.MarkdownTable;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.PageLinkResolver;
import io.github.ucwakit.importer.page.PageSplitter;
import io.github.ucwakit.importer.page.Section;
import io.github.ucwakit.importer.page.SectionKind;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.importer.sample.SampleExtractor;
import io.github.ucwakit.importer.sample.SampleFormat;
import io.github.ucwakit.importer.sample.SampleRole;
import io.github.ucwakit.importer.sample.SampleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a resource page into its rows and samples. Sections are recognized by their heading text, whatever their
 * level, so a method heading without an Operations heading above it still opens an operation.
 */
public final class ResourcePageReader {

    private final PageLinkResolver links;
    private final DiagnosticSink sink;

    public ResourcePageReader(PageLinkResolver links, DiagnosticSink sink) {
        this.links = links;
        this.sink = sink;
    }

    public ResourcePage read(PageFile file) {
        FrontMatter frontMatter = FrontMatter.of(file.lines());
        List<Section> sections = PageSplitter.split(file, frontMatter, sink);
        SampleExtractor extractor = new SampleExtractor(file, sink);
        String details = null;
        List<TableEntry> properties = List.of();
        List<TableEntry> linkRows = List.of();
        List<ScopeEntry> scopes = List.of();
        List<EventEntry> events = new ArrayList<>();
        List<SampleText> eventSamples = new ArrayList<>();
        List<OperationSection> operations = new ArrayList<>();
        OperationReader operation = null;
        for (Section section : sections) {
            SectionKind kind = section.heading() == null ? null : section.heading().kind();
            if (kind == null) {
                continue;
            }
            if (operation != null && operation.accept(section)) {
                continue;
            }
            if (operation != null) {
                operations.add(operation.build());
                operation = null;
            }
            switch (kind) {
                case RESOURCE_DESCRIPTION -> details = Paragraphs.joined(section.body());
                case PROPERTIES -> properties = Tables.entries(file, section, "Name", sink);
                case LINKS -> linkRows = Tables.entries(file, section, "Link", sink);
                case SCOPES -> scopes = RepeatedRows.merged(scopes(section), ScopeEntry::name, ScopeEntry::line,
                        (first, repeat) -> new ScopeEntry(first.line(), first.name(),
                                RepeatedRows.either(first.permission(), repeat.permission()),
                                RepeatedRows.either(first.description(), repeat.description())),
                        file, "scope", "Scopes", sink);
                case EVENT_TYPE -> {
                    events.addAll(events(section));
                    extractor.extract(section.line(), section.body(), SampleRole.EVENT, SampleFormat.JSON)
                            .filter(SampleText::hasBody)
                            .ifPresent(eventSamples::add);
                }
                case METHOD -> operation = new OperationReader(file, section, links, sink);
                default -> {
                    // page-level sections without content of their own (Web Link, Events, Operations, ...)
                }
            }
        }
        if (operation != null) {
            operations.add(operation.build());
        }
        List<EventEntry> distinctEvents = RepeatedRows.merged(events,
                e -> e.type() + " event of " + e.resource() + " from " + e.sender() + " (" + e.priority() + ", "
                        + e.description() + ")",
                EventEntry::line, (first, repeat) -> first, file, "row", "Events", sink);
        return new ResourcePage(file, Summary.of(sections, frontMatter), details, properties, linkRows, scopes,
                distinctEvents, eventSamples, operations);
    }

    private static List<ScopeEntry> scopes(Section section) {
        return Tables.of(section).map(table -> table.rows().stream()
                        .map(row -> new ScopeEntry(row.line(),
                                InlineText.plain(table.cell(row, "Scope")),
                                Tables.emptyToNull(InlineText.plain(table.cell(row, "Permission"))),
                                Tables.emptyToNull(InlineText.plain(table.cell(row, "Description")))))
                        .filter(scope -> !scope.name().isEmpty())
                        .toList())
                .orElse(List.of());
    }

    private static List<EventEntry> events(Section section) {
        String type = section.heading().name().toLowerCase(Locale.ROOT);
        List<EventEntry> entries = new ArrayList<>();
        Tables.of(section).ifPresent(table -> {
            for (MarkdownTable.Row row : table.rows()) {
                entries.add(new EventEntry(row.line(), type,
                        InlineText.plain(table.cell(row, "Resource")),
                        Tables.emptyToNull(InlineText.plain(table.cell(row, "Priority"))),
                        Tables.emptyToNull(InlineText.plain(table.cell(row, "Sender"))),
                        Tables.emptyToNull(InlineText.plain(table.cell(row, "Reason")))));
            }
        });
        return entries;
    }
}
