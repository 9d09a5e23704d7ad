package io.github.ucwakit.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What to do with each {@link WarningKind}: {@code ignore} drops its warnings, {@code warning} lists every one of
 * them, {@code error} makes each an error (which fails the run). A kind not named keeps its warnings, and when it
 * has more than {@link #SUMMARY_THRESHOLD} of them in one run they are printed as one line
 * ({@link DiagnosticReport}). Written as {@code kind=level} pairs separated by commas, the same in the Maven
 * plugin's configuration and on the command line: {@code undescribed-reference=ignore,java-rename=error}.
 */
public final class WarningPolicy {

    /** What happens to the warnings of one kind. */
    public enum Level {
        IGNORE,
        WARNING,
        ERROR;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** More warnings of one kind than this, of a kind the policy does not name, are printed as one line. */
    public static final int SUMMARY_THRESHOLD = 10;

    private static final WarningPolicy DEFAULT = new WarningPolicy(new EnumMap<>(WarningKind.class));

    private final Map<WarningKind, Level> levels;

    private WarningPolicy(EnumMap<WarningKind, Level> levels) {
        this.levels = Collections.unmodifiableMap(levels);
    }

    /** Every kind kept as a warning. */
    public static WarningPolicy defaults() {
        return DEFAULT;
    }

    /**
     * The policy written as {@code kind=level,kind=level}; blank or null gives the defaults.
     *
     * @throws IllegalArgumentException naming the unknown kind or level, with the known ones
     */
    public static WarningPolicy parse(String settings) {
        EnumMap<WarningKind, Level> levels = new EnumMap<>(WarningKind.class);
        if (settings == null || settings.isBlank()) {
            return DEFAULT;
        }
        for (String setting : settings.split(",")) {
            String trimmed = setting.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("warning setting '" + trimmed + "' is not kind=level; "
                        + known());
            }
            String id = trimmed.substring(0, equals).trim();
            WarningKind kind = WarningKind.byId(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown warning kind '" + id + "'; " + known()));
            String levelId = trimmed.substring(equals + 1).trim();
            Level level = level(levelId).orElseThrow(() -> new IllegalArgumentException(
                    "unknown level '" + levelId + "' for warning kind " + id + "; levels: ignore, warning, error"));
            levels.put(kind, level);
        }
        return new WarningPolicy(levels);
    }

    private static Optional<Level> level(String id) {
        return Arrays.stream(Level.values()).filter(level -> level.id().equals(id)).findFirst();
    }

    private static String known() {
        return "kinds: " + Arrays.stream(WarningKind.values()).map(WarningKind::id).collect(Collectors.joining(", "))
                + "; levels: ignore, warning, error";
    }

    /** The level the policy names for the kind, if it names one. */
    public Optional<Level> level(WarningKind kind) {
        return Optional.ofNullable(levels.get(kind));
    }

    /** The diagnostics with ignored warnings left out and warnings of kinds set to {@code error} made errors. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (levels.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> applied = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            Level level = diagnostic.isError() ? null : levels.get(diagnostic.kind());
            if (level == Level.ERROR) {
                applied.add(diagnostic.asError());
            } else if (level != Level.IGNORE) {
                applied.add(diagnostic);
            }
        }
        return applied;
    }

    /** The policy as it is written, kinds in their order: the same text for the same policy. */
    @Override
    public String toString() {
        return levels.entrySet().stream()
                .map(e -> e.getKey().id() + "=" + e.getValue().id())
                .collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WarningPolicy policy && policy.levels.equals(levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }
}
