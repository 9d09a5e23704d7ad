package io.github.ucwakit.schema.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a parser's exception into one diagnostic at the place of the problem. For YAML, the location and text come
 * from SnakeYAML's problem mark when there is one, since the parser's own location is where it last stood.
 */
final class SyntaxErrors {

    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

    private SyntaxErrors() {}

    static Diagnostic of(JacksonException exception, String file, boolean json) {
        if (exception.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = Objects.requireNonNullElse(marked.getProblem(), "malformed YAML");
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return Diagnostic.error(new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "YAML syntax error: " + context + problem);
        }
        return Diagnostic.error(locationOf(exception.getLocation(), file),
                (json ? "JSON" : "YAML") + " syntax error: " + firstLine(exception.getOriginalMessage()));
    }

    private static SourceLocation locationOf(JsonLocation location, String file) {
        if (location == null) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** The message's first line, with Jackson's {@code [Source: ...; line: 3, column: 5]} as {@code line 3, column 5}. */
    private static String firstLine(String message) {
        String text = Objects.requireNonNullElse(message, "malformed input");
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return SOURCE_REFERENCE.matcher(line).replaceAll("line $1, column $2");
    }
}
