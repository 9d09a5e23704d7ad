package io.github.ucwakit.conformance;

import io.github.ucwakit.importer.page.FrontMatter;
import io.github.ucwakit.importer.page.NumberedLine;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.page.PageFolder;
import io.github.ucwakit.importer.page.PageKind;
import io.github.ucwakit.importer.page.PageSplitter;
import io.github.ucwakit.importer.page.Section;
import io.github.ucwakit.importer.page.SectionKind;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.importer.sample.JsonSampleReader;
import io.github.ucwakit.importer.sample.SampleExtractor;
import io.github.ucwakit.importer.sample.SampleFormat;
import io.github.ucwakit.importer.sample.SampleRole;
import io.github.ucwakit.importer.sample.SampleText;
import io.github.ucwakit.runtime.PayloadFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads every sample of the resource pages of a folder: the JSON and XML requests and responses of each operation
 * and the event samples, each that shows a status line or a body (a request that shows neither has no body to
 * check). Sections are found by the importer's page reading, and bodies are taken as the importer
 * takes them (HTML entities decoded, samples outside a code fence found, string values broken over two lines
 * joined), so that the suite checks the payloads the descriptors were imported from.
 */
public final class SampleCollector {

    /** The samples of every resource page of the folder that can be read, sorted by page file name. */
    public List<ResourcePageSamples> collect(Path folder) throws IOException {
        PageFolder pages = PageFolder.scan(folder);
        List<ResourcePageSamples> all = new ArrayList<>();
        for (String fileName : pages.fileNames(PageKind.RESOURCE)) {
            PageFile page;
            try {
                page = pages.read(fileName);
            } catch (UncheckedIOException e) {
                // a page that cannot be read (not UTF-8): the import left it out with a warning, and it has no
                // samples to check
                continue;
            }
            all.add(new ResourcePageSamples(fileName, samples(page)));
        }
        return List.copyOf(all);
    }

    private static List<PageSample> samples(PageFile page) {
        DiagnosticSink ignored = new DiagnosticSink();
        SampleExtractor extractor = new SampleExtractor(page, ignored);
        JsonSampleReader json = new JsonSampleReader(ignored);
        List<PageSample> samples = new ArrayList<>();
        String method = null;
        for (Section section : PageSplitter.split(page, FrontMatter.of(page.lines()), ignored)) {
            SectionKind kind = section.heading() == null ? null : section.heading().kind();
            if (kind == SectionKind.METHOD) {
                method = section.heading().name().toUpperCase(Locale.ROOT);
            } else if (kind == SectionKind.EVENT_TYPE) {
                method = null;
                sample(page, section, SampleRole.EVENT, SampleFormat.JSON, null, extractor, json)
                        .ifPresent(samples::add);
            } else if (kind != null && kind.isSample()) {
                SampleRole role = kind == SectionKind.JSON_REQUEST || kind == SectionKind.XML_REQUEST
                        ? SampleRole.REQUEST : SampleRole.RESPONSE;
                SampleFormat format = kind == SectionKind.JSON_REQUEST || kind == SectionKind.JSON_RESPONSE
                        ? SampleFormat.JSON : SampleFormat.XML;
                sample(page, section, role, format, method, extractor, json).ifPresent(samples::add);
            }
        }
        return List.copyOf(samples);
    }

    private static Optional<PageSample> sample(PageFile page, Section section, SampleRole role, SampleFormat format,
            String method, SampleExtractor extractor, JsonSampleReader json) {
        HttpHead head = HttpHead.of(section.body());
        SampleText text = extractor.extract(section.line(), section.body(), role, format).orElse(null);
        String body = null;
        int bodyLine = section.line();
        if (text != null && text.hasBody()) {
            bodyLine = text.body().get(0).number();
            body = format == SampleFormat.JSON
                    ? json.parse(text).map(parsed -> joined(parsed.sample().body())).orElse(joined(text.body()))
                    : joined(text.body()).strip();
        }
        if (text == null && head.contentType() == null && !head.showsBody()) {
            return Optional.empty();
        }
        return Optional.of(new PageSample(page.fileName(), section.line(), title(section, role, method), role(role),
                payloadFormat(format), method, head.contentType(), body, body == null && head.showsBody(), bodyLine));
    }

    private static String joined(List<NumberedLine> lines) {
        return lines.stream().map(NumberedLine::text).collect(Collectors.joining("\n"));
    }

    private static String title(Section section, SampleRole role, String method) {
        if (role == SampleRole.EVENT) {
            return section.heading().name() + " event";
        }
        return (method == null ? "" : method + " ") + section.heading().kind().names().get(0);
    }

    private static PageSample.Role role(SampleRole role) {
        return switch (role) {
            case REQUEST -> PageSample.Role.REQUEST;
            case RESPONSE -> PageSample.Role.RESPONSE;
            case EVENT -> PageSample.Role.EVENT;
        };
    }

    private static PayloadFormat payloadFormat(SampleFormat format) {
        return format == SampleFormat.JSON ? PayloadFormat.JSON : PayloadFormat.XML;
    }
}
