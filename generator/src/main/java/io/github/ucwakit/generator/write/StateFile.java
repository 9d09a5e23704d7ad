package io.github.ucwakit.generator.write;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and writes a {@link GenerationState} as UTF-8 text, one record a line, fields separated by tabs (tab,
 * newline, carriage return and backslash inside a field are written {@code \t}, {@code \n}, {@code \r},
 * {@code \\}):
 *
 * <pre>
 * # comment
 * format        1
 * configuration SHA-256
 * counts        RESOURCES ENUMERATIONS
 * input         SHA-256 ABSOLUTE-PATH
 * file          SHA-256 ROOT RELATIVE-PATH
 * service       SHA-256 ROOT RELATIVE-PATH PROVIDER
 * warning       KIND FILE LINE COLUMN MESSAGE
 * </pre>
 *
 * <p>Records of one kind are sorted, so the same state gives the same bytes. A file that is missing, of another
 * format version or not well formed reads as no state: the next run then generates everything again.
 */
public final class StateFile {

    /** The version of the format; a change makes older state files read as absent. */
    static final String FORMAT = "2";

    private static final String COMMENT =
            "# ucwakit generation state. Delete this file to make the next run generate everything again.";

    private final Path file;

    public StateFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The state the file holds, or empty when it is missing or unreadable as a state. */
    public Optional<GenerationState> read() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return parse(lines);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file's content with {@code state}, atomically where the file system allows. */
    public void write(GenerationState state) throws IOException {
        AtomicFiles.replace(file, format(state).getBytes(StandardCharsets.UTF_8));
    }

    /** The text of {@code state}. */
    static String format(GenerationState state) {
        StringBuilder text = new StringBuilder(COMMENT).append('\n');
        line(text, "format", FORMAT);
        line(text, "configuration", state.configuration());
        line(text, "counts", Integer.toString(state.resources()), Integer.toString(state.enumerations()));
        state.inputs().files().forEach((path, hash) -> line(text, "input", hash, path));
        state.files().stream()
                .map(f -> fields("file", f.sha256(), f.root().toString(), slashes(f.path())))
                .sorted()
                .forEach(text::append);
        state.services().stream()
                .map(s -> fields("service", s.sha256(), s.root().toString(), slashes(s.path()), s.provider()))
                .sorted()
                .forEach(text::append);
        state.warnings().stream().sorted(Diagnostic.ORDER).forEach(w -> line(text, "warning", w.kind().id(),
                w.location().file(), Integer.toString(w.location().line()), Integer.toString(w.location().column()),
                w.message()));
        return text.toString();
    }

    private static Optional<GenerationState> parse(List<String> lines) {
        String format = null;
        String configuration = null;
        int[] counts = null;
        SortedMap<String, String> inputs = new TreeMap<>();
        List<OwnedFile> files = new ArrayList<>();
        List<OwnedService> services = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> f = split(line);
            switch (f.get(0)) {
                case "format" -> format = field(f, 1, 2);
                case "configuration" -> configuration = field(f, 1, 2);
                case "counts" -> counts = new int[] {number(field(f, 1, 3)), number(field(f, 2, 3))};
                case "input" -> inputs.put(field(f, 2, 3), field(f, 1, 3));
                case "file" -> files.add(new OwnedFile(Path.of(field(f, 2, 4)), relative(field(f, 3, 4)),
                        field(f, 1, 4)));
                case "service" -> services.add(new OwnedService(Path.of(field(f, 2, 5)), relative(field(f, 3, 5)),
                        field(f, 4, 5), field(f, 1, 5)));
                case "warning" -> warnings.add(Diagnostic.warning(kind(field(f, 1, 6)),
                        new SourceLocation(field(f, 2, 6), number(field(f, 3, 6)), number(field(f, 4, 6))),
                        field(f, 5, 6)));
                default -> throw new IllegalArgumentException("unknown record " + f.get(0));
            }
        }
        if (!FORMAT.equals(format) || configuration == null || counts == null) {
            return Optional.empty();
        }
        return Optional.of(new GenerationState(configuration, counts[0], counts[1], new InputSnapshot(inputs),
                files, services, warnings));
    }

    private static void line(StringBuilder text, String... fields) {
        text.append(fields(fields));
    }

    private static String fields(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(escape(field));
        }
        return line.append('\n').toString();
    }

    private static String escape(String field) {
        StringBuilder escaped = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\') {
                if (++i == line.length()) {
                    throw new IllegalArgumentException("a backslash ends the line");
                }
                field.append(switch (line.charAt(i)) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> throw new IllegalArgumentException("unknown escape \\" + line.charAt(i));
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String field(List<String> fields, int index, int expectedSize) {
        if (fields.size() != expectedSize) {
            throw new IllegalArgumentException("expected " + expectedSize + " fields in " + fields);
        }
        return fields.get(index);
    }

    private static WarningKind kind(String id) {
        return WarningKind.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown warning kind " + id));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String slashes(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static Path relative(String slashSeparated) {
        if (slashSeparated.isEmpty()) {
            throw new IllegalArgumentException("an empty path");
        }
        List<String> parts = Arrays.asList(slashSeparated.split("/"));
        if (parts.contains("..") || Path.of(slashSeparated).isAbsolute()) {
            throw new IllegalArgumentException("not a path inside an output folder: " + slashSeparated);
        }
        return Path.of("", parts.toArray(String[]::new));
    }
}
