package io.github.ucwakit.schema;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a descriptor. Printed as {@code file:line:col: message} for errors and
 * {@code file:line:col: warning: message} for warnings. The message is always one line: line breaks, control and
 * format characters it quotes from a descriptor are shown as escapes: a tab as a backslash and {@code t}, a line
 * feed as a backslash and {@code n}, a carriage return as a backslash and {@code r}, any other as a backslash,
 * {@code u} and four hexadecimal digits.
 *
 * <p>A warning has a {@link WarningKind}, printed after its message ({@code [undescribed-reference]}); so does an
 * error that a {@link WarningPolicy} raised from a warning. Other errors have none ({@code kind} is null).
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, WarningKind kind) {

    /** Orders diagnostics by file, line, column, then message, so reports are stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        message = visible(Objects.requireNonNull(message, "message"));
        if (severity == Severity.WARNING) {
            Objects.requireNonNull(kind, "a warning's kind");
        }
    }


    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, location, message, null);
    }

    public static Diagnostic warning(WarningKind kind, SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, location, message, kind);
    }

    /** This diagnostic as an error, keeping its kind. */
    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, location, message, kind);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> shown.append("\\t");
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || isInvisible(Character.getType(c))) {
                        shown.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }

    private static boolean isInvisible(int type) {
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    @Override
    public String toString() {
        return location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message
                + (kind == null ? "" : " [" + kind.id() + "]");
    }
}
