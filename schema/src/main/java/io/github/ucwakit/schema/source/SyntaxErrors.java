package io.github.ucwakit.schema.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a parser's exception into one diagnostic at the place of the problem. For YAML, the location and text come
 * from SnakeYAML's problem mark when there is one, since the parser's own location is where it last stood; a
 * character YAML does not allow (NUL and other control characters) is located from its position in the text.
 */
final class SyntaxErrors {

    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");
    /** Jackson's complaint about a YAML key that is a mapping, a list or an alias, naming SnakeYAML's event. */
    private static final Pattern COMPLEX_KEY = Pattern.compile(
            "Expected a field name \\(Scalar value in YAML\\), got this instead: <org\\.yaml\\.snakeyaml\\.events\\."
                    + "(MappingStart|SequenceStart|Alias)Event\\(anchor=([^,)]*)");

    private SyntaxErrors() {}

    static Diagnostic of(JacksonException exception, String text, String file, boolean json) {
        if (exception.getCause() instanceof ReaderException reader) {
            return Diagnostic.error(locationOfCodePoint(text, reader.getPosition(), file), String.format(Locale.ROOT,
                    "YAML syntax error: the character U+%04X is not allowed in YAML", reader.getCodePoint()));
        }
        if (exception.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = Objects.requireNonNullElse(marked.getProblem(), "malformed YAML");
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return Diagnostic.error(new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "YAML syntax error: " + context + problem);
        }
        Matcher complexKey = COMPLEX_KEY.matcher(Objects.requireNonNullElse(exception.getOriginalMessage(), ""));
        if (!json && complexKey.lookingAt()) {
            return Diagnostic.error(startOfKey(text, locationOf(exception.getLocation(), file), complexKey),
                    "YAML syntax error: a key must be a plain value, found " + keyKind(complexKey));
        }
        return Diagnostic.error(locationOf(exception.getLocation(), file),
                (json ? "JSON" : "YAML") + " syntax error: " + firstLine(exception.getOriginalMessage()));
    }

    /**
     * Where a complex key starts. The parser reports where its first token ends: just after a flow {@code [} or
     * {@code {}, just after an alias {@code *name}; a block collection starts and ends at the same place.
     */
    private static SourceLocation startOfKey(String text, SourceLocation end, Matcher complexKey) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (end.line() > lines.length) {
            return end;
        }
        String line = lines[end.line() - 1];
        int endIndex = Math.min(end.column() - 1, line.length());
        String token = complexKey.group(1).equals("Alias") ? "*" + complexKey.group(2) : null;
        int length = 0;
        if (token != null && line.startsWith(token, endIndex - token.length())) {
            length = token.length();
        } else if (token == null && endIndex > 0 && "[{".indexOf(line.charAt(endIndex - 1)) >= 0) {
            length = 1;
        }
        return new SourceLocation(end.file(), end.line(), end.column() - length);
    }

    private static String keyKind(Matcher complexKey) {
        return switch (complexKey.group(1)) {
            case "MappingStart" -> "a mapping";
            case "SequenceStart" -> "a list";
            default -> "the alias *" + complexKey.group(2) + " (YAML aliases are not supported)";
        };
    }

    /** The line and column of the code point at {@code index} (counted in code points from the start). */
    private static SourceLocation locationOfCodePoint(String text, int index, String file) {
        int line = 1;
        int column = 1;
        int[] points = text.codePoints().limit(Math.max(0, index)).toArray();
        for (int point : points) {
            if (point == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceLocation(file, line, column);
    }

    private static SourceLocation locationOf(JsonLocation location, String file) {
        if (location == null) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * The message's first line, with Jackson's {@code [Source: ...; line: 3, column: 5]} as {@code line 3, column 5}.
     */
    private static String firstLine(String message) {
        String text = Objects.requireNonNullElse(message, "malformed input");
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return SOURCE_REFERENCE.matcher(line).replaceAll("line $1, column $2");
    }
}
