package io.github.ucwakit.importer.sample;

import io.github.ucwakit.importer.page.HtmlEntities;
import io.github.ucwakit.importer.page.NumberedLine;
import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sample in a section's lines: inside a code fence as the reference usually writes it, or as bare
 * lines (reported as a warning). Skips the request or status line and the HTTP headers; keeps the payload.
 */
public final class SampleExtractor {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})\\b.*");
    private static final Pattern MULTIPART = Pattern.compile("(?i)^content-type:\\s*multipart/.*");

    private final PageFile page;
    private final DiagnosticSink sink;

    public SampleExtractor(PageFile page, DiagnosticSink sink) {
        this.page = page;
        this.sink = sink;
    }

    /** The sample of a section, or empty when the section shows neither a status line nor a payload. */
    public Optional<SampleText> extract(int line, List<NumberedLine> section, SampleRole role, SampleFormat format) {
        List<NumberedLine> fenced = fenced(section);
        boolean bare = fenced == null;
        List<NumberedLine> lines = decode(bare ? section : fenced);
        Integer status = null;
        int bodyStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).trimmed();
            Matcher m = STATUS_LINE.matcher(text);
            if (status == null && m.matches()) {
                status = Integer.valueOf(m.group(1));
            }
            if (MULTIPART.matcher(text).matches()) {
                sink.warn(page.at(lines.get(i).number()), "multipart sample: its parts are not read");
                break;
            }
            if (isPayloadStart(text, format)) {
                bodyStart = i;
                break;
            }
        }
        List<NumberedLine> body = bodyStart < 0 ? List.of() : payload(lines.subList(bodyStart, lines.size()), bare);
        if (status == null && body.isEmpty()) {
            return Optional.empty();
        }
        if (bare && !body.isEmpty()) {
            sink.warn(page.at(body.get(0).number()), "sample outside a code fence");
        }
        return Optional.of(new SampleText(page.fileName(), line, role, format, status, body));
    }

    private static boolean isPayloadStart(String text, SampleFormat format) {
        return format == SampleFormat.JSON ? text.startsWith("{") || text.startsWith("[") : text.startsWith("<");
    }

    /** The lines of the first code fence, or {@code null} when the section has none. */
    private static List<NumberedLine> fenced(List<NumberedLine> section) {
        int open = -1;
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).trimmed().startsWith("```")) {
                if (open < 0) {
                    open = i;
                } else {
                    return section.subList(open + 1, i);
                }
            }
        }
        return open < 0 ? null : section.subList(open + 1, section.size());
    }

    private static List<NumberedLine> decode(List<NumberedLine> lines) {
        List<NumberedLine> decoded = new ArrayList<>(lines.size());
        for (NumberedLine l : lines) {
            decoded.add(new NumberedLine(l.number(), HtmlEntities.decode(l.text())));
        }
        return decoded;
    }

    /** The payload lines: all of a fence's remaining lines; for bare lines, up to the end of the first value. */
    private static List<NumberedLine> payload(List<NumberedLine> lines, boolean bare) {
        List<NumberedLine> body = new ArrayList<>();
        if (!bare) {
            body.addAll(lines);
        } else {
            BracketBalance balance = new BracketBalance();
            for (NumberedLine l : lines) {
                body.add(l);
                if (balance.feed(l.text() + "\n")) {
                    break;
                }
            }
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        return List.copyOf(body);
    }
}
