package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.InlineText;
import io.github.ucwakit.importer.page.MarkdownLink;
import io.github.ucwakit.importer.page.MarkdownTable;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.PageLinkResolver;
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

/** Collects the subsections of one operation, from its method heading to the next method or page section. */
final class OperationReader {

    private final PageFile page;
    private final PageLinkResolver links;
    private final SampleExtractor samples;
    private final Section methodSection;
    private final DiagnosticSink sink;
    private final List<ParameterEntry> request = new ArrayList<>();
    private final List<ErrorEntry> errors = new ArrayList<>();
    private final List<SampleText> sampleTexts = new ArrayList<>();
    private ResponseStatement response;

    OperationReader(PageFile page, Section methodSection, PageLinkResolver links, DiagnosticSink sink) {
        this.page = page;
        this.links = links;
        this.samples = new SampleExtractor(page, sink);
        this.methodSection = methodSection;
        this.sink = sink;
        this.response = ResponseStatement.unstated(methodSection.line());
    }

    /** Takes a subsection; false when it does not belong to an operation. */
    boolean accept(Section section) {
        SectionKind kind = section.heading().kind();
        switch (kind) {
            case REQUEST_BODY -> Tables.of(section).ifPresent(this::readParameters);
            case RESPONSE_BODY -> response = readResponse(section);
            case SYNCHRONOUS_ERRORS -> Tables.of(section).ifPresent(this::readErrors);
            case JSON_REQUEST -> sample(section, SampleRole.REQUEST, SampleFormat.JSON);
            case JSON_RESPONSE -> sample(section, SampleRole.RESPONSE, SampleFormat.JSON);
            case XML_REQUEST -> sample(section, SampleRole.REQUEST, SampleFormat.XML);
            case XML_RESPONSE -> sample(section, SampleRole.RESPONSE, SampleFormat.XML);
            case QUERY_PARAMETERS, EXAMPLES -> {
                // query parameters have no place in descriptors; examples only introduce the samples
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    OperationSection build() {
        String method = methodSection.heading().name().toUpperCase(Locale.ROOT);
        String description = Paragraphs.of(methodSection.body()).stream().reduce((a, b) -> a + " " + b).orElse(null);
        List<ParameterEntry> parameters = RepeatedRows.merged(request, ParameterEntry::name, ParameterEntry::line,
                (first, repeat) -> new ParameterEntry(first.line(), first.name(),
                        RepeatedRows.either(first.description(), repeat.description()),
                        first.required() || repeat.required(),
                        first.links().isEmpty() ? repeat.links() : first.links()),
                page, "parameter", method + " Request body", sink);
        return new OperationSection(methodSection.line(), method, description, parameters, response, errors,
                sampleTexts);
    }

    private void readParameters(MarkdownTable table) {
        for (MarkdownTable.Row row : table.rows()) {
            String name = InlineText.plain(table.cell(row, "Name"));
            if (name.isEmpty()) {
                continue;
            }
            String raw = table.cell(row, "Description");
            boolean required = InlineText.plain(table.cell(row, "Required")).toLowerCase(Locale.ROOT).startsWith("y");
            request.add(new ParameterEntry(row.line(), name, InlineText.plain(raw), required, InlineText.links(raw)));
        }
    }

    private void readErrors(MarkdownTable table) {
        for (MarkdownTable.Row row : table.rows()) {
            errors.add(new ErrorEntry(row.line(),
                    InlineText.plain(table.cell(row, "Error")),
                    InlineText.plain(table.cell(row, "Code")),
                    InlineText.plain(table.cell(row, "Subcode")),
                    Tables.emptyToNull(InlineText.plain(table.cell(row, "Description")))));
        }
    }

    private ResponseStatement readResponse(Section section) {
        var table = Tables.of(section);
        if (table.isPresent() && table.get().column("Item").isPresent()) {
            List<String> rels = new ArrayList<>();
            for (MarkdownTable.Row row : table.get().rows()) {
                String cell = table.get().cell(row, "Item");
                for (MarkdownLink link : InlineText.links(cell)) {
                    rels.add(relOf(row.line(), link));
                }
            }
            return rels.isEmpty()
                    ? ResponseStatement.unstated(section.line())
                    : new ResponseStatement(ResponseStatement.Kind.RESOURCES, section.line(), rels);
        }
        String text = String.join(" ", Paragraphs.of(section.body())).toLowerCase(Locale.ROOT);
        if (text.equals("none")) {
            return new ResponseStatement(ResponseStatement.Kind.NONE, section.line(), List.of());
        }
        if (text.contains("properties and links")) {
            return new ResponseStatement(ResponseStatement.Kind.SELF, section.line(), List.of());
        }
        return ResponseStatement.unstated(section.line());
    }

    /** The rel a response item names: the linked page when present, else the link text. */
    private String relOf(int line, MarkdownLink link) {
        return links.resolve(page, line, link)
                .orElse(link.text().isEmpty() && link.isPage() ? link.pageName() : link.text());
    }

    private void sample(Section section, SampleRole role, SampleFormat format) {
        samples.extract(section.line(), section.body(), role, format).ifPresent(sampleTexts::add);
    }
}
