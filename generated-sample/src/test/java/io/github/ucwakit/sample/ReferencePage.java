package io.github.ucwakit.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the UCWA reference, read at test time from the folder named by the {@code ucwa.reference} system
 * property, and the sample bodies of its code blocks: HTML entities decoded, the HTTP request or status line and
 * headers left out.
 */
final class ReferencePage {

    private static final Pattern FENCE = Pattern.compile("```[^\\n]*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^#{1,6} .*$", Pattern.MULTILINE);

    private final String name;
    private final String text;

    private ReferencePage(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static ReferencePage load(String name) {
        String folder = System.getProperty("ucwa.reference");
        if (folder == null) {
            throw new IllegalStateException("system property ucwa.reference (the reference folder) is not set");
        }
        try {
            return new ReferencePage(name, Files.readString(Path.of(folder, name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference page " + name + " in " + folder
                    + " (the folder comes from -Ducwa.reference=DIR)", e);
        }
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    /**
     * The body of every code block from its first '{' or '<' on (blocks without one are left out), and every JSON
     * object the page shows as bare text outside code blocks (a line opening with '{', to its balancing brace), in
     * page order.
     */
    List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        int after = 0;
        while (fence.find()) {
            samples.addAll(bareJson(after, fence.start()));
            after = fence.end();
            String block = decode(fence.group(1));
            int json = block.indexOf('{');
            int xml = block.indexOf('<');
            int start = json < 0 ? xml : xml < 0 ? json : Math.min(json, xml);
            if (start >= 0) {
                samples.add(new Sample(name, heading(fence.start()), fence.start(), lineOf(fence.start()),
                        block.substring(start).strip()));
            }
        }
        samples.addAll(bareJson(after, text.length()));
        samples.sort(Comparator.comparingInt(Sample::offset));
        return samples;
    }

    /** The JSON objects between two offsets that open at the start of a line outside any code block. */
    private List<Sample> bareJson(int from, int to) {
        List<Sample> samples = new ArrayList<>();
        int at = from;
        while (true) {
            int open = text.indexOf("\n{", at);
            if (open < 0 || open >= to) {
                return samples;
            }
            int end = balancedEnd(open + 1, to);
            if (end < 0) {
                return samples;
            }
            samples.add(new Sample(name, heading(open), open + 1, lineOf(open + 1),
                    decode(text.substring(open + 1, end)).strip()));
            at = end;
        }
    }

    /** The offset after the brace that closes the one at {@code open}, strings skipped; -1 when it is not closed. */
    private int balancedEnd(int open, int to) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The sample that begins on a line of the page (its opening fence, or the brace of a bare JSON object) and
     * contains {@code marker}. Samples are picked by line, not by their position among others, so that a page that
     * gains or loses a sample fails the test that used it instead of handing it another one.
     */
    Sample sampleAt(int line, String marker) {
        List<Sample> samples = samples();
        Sample sample = samples.stream().filter(s -> s.line() == line).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no sample on line " + line
                        + "; its samples begin on lines " + samples.stream().map(Sample::line).toList()));
        if (!sample.body().contains(marker)) {
            throw new IllegalStateException(name + ": the sample on line " + line + " does not contain " + marker);
        }
        return sample;
    }

    /** The line, from 1, of an offset in the page. */
    private int lineOf(int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** The last heading before an offset, to name a sample. */
    private String heading(int offset) {
        Matcher heading = HEADING.matcher(text);
        String last = "";
        while (heading.find() && heading.start() < offset) {
            last = heading.group();
        }
        return last;
    }

    /** The page's HTML entities as characters. */
    static String decode(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * A sample body and where it comes from: the page, the heading above it, its offset in the page and the line it
     * begins on.
     */
    record Sample(String page, String heading, int offset, int line, String body) {

        boolean isXml() {
            return body.startsWith("<");
        }

        @Override
        public String toString() {
            return page + ":" + line + " " + heading + (isXml() ? " (XML)" : " (JSON)");
        }
    }
}
