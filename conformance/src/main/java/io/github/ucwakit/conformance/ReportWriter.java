package io.github.ucwakit.conformance;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a conformance report as {@code conformance-report.json} and {@code conformance-report.md}: the counts by
 * body kind, then per page its samples, bodies, passes, failures with their reasons, pending and classified
 * bodies. The output depends only on the report (no time, no machine name).
 */
public final class ReportWriter {

    public static final String JSON_FILE = "conformance-report.json";
    public static final String MARKDOWN_FILE = "conformance-report.md";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes both files into the folder, created if needed; returns the folder. */
    public Path write(ConformanceReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(JSON_FILE), json(report), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(MARKDOWN_FILE), MarkdownReport.render(report), StandardCharsets.UTF_8);
        return folder;
    }

    /** The report as indented JSON with {@code \n} line ends. */
    public String json(ConformanceReport report) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("folder", report.folder());
        root.put("pages", report.pages().size());
        root.put("samples", report.samples().size());
        root.put("samplesWithoutBody", report.samples().size() - report.bodies().size());
        ObjectNode kinds = root.putObject("bodies");
        for (KindCount count : report.countsByKind()) {
            ObjectNode kind = kinds.putObject(count.kind().label());
            kind.put("bodies", count.bodies());
            kind.put("passed", count.passed());
            kind.put("passedWithNote", count.noted());
            kind.put("failed", count.failed());
            kind.put("pending", count.pending());
            kind.put("classified", count.classified());
        }
        ObjectNode classified = root.putObject("notAResource");
        classifiedCounts(report).forEach(classified::put);
        ArrayNode pages = root.putArray("pageResults");
        for (PageResult page : report.pages()) {
            ObjectNode p = pages.addObject();
            p.put("page", page.page());
            p.put("samples", page.samples().size());
            p.put("bodies", page.bodies().size());
            p.put("passed", page.with(Status.PASSED).size());
            p.put("failed", page.with(Status.FAILED).size());
            p.put("pending", page.with(Status.PENDING).size());
            p.put("notAResource", page.with(Status.CLASSIFIED).size());
            ArrayNode results = p.putArray("results");
            for (SampleResult result : page.samples()) {
                ObjectNode r = results.addObject();
                r.put("line", result.sample().bodyLine());
                r.put("section", result.sample().section());
                r.put("format", result.sample().format().name());
                if (result.hasBody()) {
                    r.put("kind", result.classification().kind().label());
                    r.put("status", result.outcome().status().label());
                    if (!result.outcome().reason().isEmpty()) {
                        r.put(result.outcome().isNotedPass() ? "note" : "reason", result.outcome().reason());
                    }
                } else {
                    r.put("kind", "no body");
                }
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    }

    /** How many bodies were classified as each thing that is not a resource, by name. */
    static Map<String, Integer> classifiedCounts(ConformanceReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        List<SampleResult> classified = report.with(Status.CLASSIFIED);
        classified.forEach(s -> counts.merge(s.classification().what(), 1, Integer::sum));
        return counts;
    }
}
