package io.github.ucwakit.importer.page;

import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which section a markdown heading opens. Tolerates headings at another level than usual and misspelt
 * section names (a small edit distance), and reports each as a warning.
 */
public final class HeadingClassifier {

    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final int MAX_EDITS = 2;
    private static final int MIN_FUZZY_LENGTH = 6;

    private final PageFile page;
    private final DiagnosticSink sink;

    public HeadingClassifier(PageFile page, DiagnosticSink sink) {
        this.page = page;
        this.sink = sink;
    }

    /** The heading on a line, if the line is one. */
    public Optional<Heading> classify(NumberedLine line) {
        Matcher m = ATX.matcher(line.text());
        if (!m.matches() || m.group(2).isEmpty()) {
            return Optional.empty();
        }
        int level = m.group(1).length();
        String text = m.group(2);
        if (level == 1) {
            return Optional.of(new Heading(line.number(), level, text, null, text));
        }
        Heading heading = exact(line.number(), level, text).or(() -> misspelt(line.number(), level, text))
                .orElse(new Heading(line.number(), level, text, null, text));
        if (heading.kind() != null && heading.kind().level() != level) {
            sink.warn(page.at(line.number()), "heading '" + text + "' at level " + level + ", read as the "
                    + heading.name() + " section (level " + heading.kind().level() + ")");
        }
        return Optional.of(heading);
    }

    private static Optional<Heading> exact(int line, int level, String text) {
        String key = normalize(text);
        for (SectionKind kind : SectionKind.values()) {
            for (String name : kind.names()) {
                if (normalize(name).equals(key)) {
                    return Optional.of(new Heading(line, level, text, kind, name));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Heading> misspelt(int line, int level, String text) {
        String key = normalize(text);
        if (key.length() < MIN_FUZZY_LENGTH - 1) {
            return Optional.empty();
        }
        Heading best = null;
        int bestDistance = MAX_EDITS + 1;
        for (SectionKind kind : SectionKind.values()) {
            if (!kind.acceptsMisspelling()) {
                continue;
            }
            for (String name : kind.names()) {
                String candidate = normalize(name);
                if (candidate.length() < MIN_FUZZY_LENGTH) {
                    continue;
                }
                int distance = EditDistance.between(key, candidate, MAX_EDITS);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Heading(line, level, text, kind, name);
                }
            }
        }
        if (best != null) {
            sink.warn(page.at(line), "misspelt heading '" + text + "' read as '" + best.name() + "'");
        }
        return Optional.ofNullable(best);
    }

    private static String normalize(String text) {
        return text.replace("*", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
