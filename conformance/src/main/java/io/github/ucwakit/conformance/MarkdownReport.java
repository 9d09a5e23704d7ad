package io.github.ucwakit.conformance;

import java.util.List;
import java.util.Locale;

/** Renders a conformance report as Markdown. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(ConformanceReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Conformance report\n\n");
        md.append("Folder: `").append(report.folder()).append("`: ").append(report.pages().size())
                .append(" resource pages, ").append(report.samples().size()).append(" samples, ")
                .append(report.bodies().size()).append(" with a body.\n\n");
        md.append("| kind | bodies | passed | of which with a note | failed | pending | not a resource |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (KindCount c : report.countsByKind()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", c.kind().label(),
                    c.bodies(), c.passed(), c.noted(), c.failed(), c.pending(), c.classified()));
        }
        md.append('\n');
        if (!ReportWriter.classifiedCounts(report).isEmpty()) {
            md.append("Bodies that are not UCWA resources: ");
            md.append(String.join(", ", ReportWriter.classifiedCounts(report).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
            md.append(".\n\n");
        }
        listing(md, "Failures", report.with(Status.FAILED));
        listing(md, "Passed with a note", report.notedPasses());
        listing(md, "Pending", report.with(Status.PENDING));
        listing(md, "Not UCWA resources", report.with(Status.CLASSIFIED));
        md.append("## Pages\n\n");
        md.append("| page | samples | bodies | passed | failed | pending | not a resource |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (PageResult page : report.pages()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", page.page(),
                    page.samples().size(), page.bodies().size(), page.with(Status.PASSED).size(),
                    page.with(Status.FAILED).size(), page.with(Status.PENDING).size(),
                    page.with(Status.CLASSIFIED).size()));
        }
        return md.toString().replace(System.lineSeparator(), "\n");
    }

    private static void listing(StringBuilder md, String title, List<SampleResult> results) {
        md.append("## ").append(title).append(" (").append(results.size()).append(")\n\n");
        if (results.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (SampleResult r : results) {
            md.append("- `").append(r.sample().page()).append(':').append(r.sample().bodyLine()).append("` ")
                    .append(r.sample().section()).append(" (").append(r.classification().kind().label())
                    .append("): ").append(r.outcome().reason().replace("\n", " ")).append('\n');
        }
        md.append('\n');
    }
}
