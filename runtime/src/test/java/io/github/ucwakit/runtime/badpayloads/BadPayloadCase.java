package io.github.ucwakit.runtime.badpayloads;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of {@code bad-payloads/cases.csv}: a bad payload and the failure it must give.
 *
 * @param name a file under {@code bad-payloads/}, or {@code generated:<name>} for one {@link GeneratedPayloads} makes
 * @param format the payload's format
 * @param read how it is read: {@code typed} as {@code TestConversation}, {@code any} by its rel, {@code events} as
 *     an event-channel response, {@code error} as an error body, {@code input} as a request body; with
 *     {@code >other} ({@code any>other}...) it is read, which must succeed, and written in the other format, which
 *     must fail
 * @param kind the expected kind
 * @param location the expected location, exactly
 * @param maxRead the most bytes the reader may take from the stream before failing, or -1 for no bound
 */
record BadPayloadCase(String name, PayloadFormat format, String read, Kind kind, String location, long maxRead) {

    static final String TABLE = "/bad-payloads/cases.csv";
    static final String GENERATED = "generated:";
    private static final Pattern REPEAT = Pattern.compile("\\{(.+?)\\*(\\d+)}");

    /** The ways of reading a case. */
    static final java.util.Set<String> READS = java.util.Set.of("typed", "any", "events", "error", "input",
            "any>other", "events>other", "error>other", "input>other");

    /** Whether it is read as a resource ({@code typed} or {@code any}), as the JAXB envelope can read it too. */
    boolean resource() {
        return read.equals("typed") || read.equals("any");
    }

    boolean typed() {
        return read.equals("typed");
    }

    /** Whether it is read and then written in the other format, where it must fail. */
    boolean written() {
        return read.endsWith(">other");
    }

    /** How it is read, without {@code >other}. */
    String reader() {
        return written() ? read.substring(0, read.length() - ">other".length()) : read;
    }

    boolean generated() {
        return name.startsWith(GENERATED);
    }

    @Override
    public String toString() {
        return name;
    }

    /** The rows of the table; {@code #} starts a comment line. */
    static List<BadPayloadCase> table() {
        List<BadPayloadCase> cases = new ArrayList<>();
        try (InputStream in = BadPayloadCase.class.getResourceAsStream(TABLE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static BadPayloadCase parse(String line) {
        String[] cells = line.split("\\|", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("a row has 6 cells: " + line);
        }
        String read = cells[2].strip();
        if (!READS.contains(read)) {
            throw new IllegalArgumentException("read is one of " + READS + ": " + line);
        }
        String maxRead = cells[5].strip();
        return new BadPayloadCase(cells[0].strip(), PayloadFormat.valueOf(cells[1].strip()), read,
                Kind.valueOf(cells[3].strip()), expand(cells[4].strip()),
                maxRead.isEmpty() ? -1 : Long.parseLong(maxRead));
    }

    /** Expands {@code {text*N}} into N copies of text, for the long paths of deeply nested documents. */
    static String expand(String location) {
        Matcher repeat = REPEAT.matcher(location);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(
                    repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(expanded);
        return expanded.toString();
    }
}
