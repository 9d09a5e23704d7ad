package io.github.ucwakit.runtime.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A batch sample of a reference page, read at test time from the folder the {@code ucwa.reference} system property
 * names: the code block that opens on a given line, cut into its HTTP head (request or status line and headers, up
 * to the first blank line or the first line that begins with {@code --}) and the batch body after it, with the
 * {@code Content-Type} the head gives. Samples are picked by line so that a page that changes fails the test that
 * used it, naming where its code blocks now open.
 */
record ReferenceBatch(String page, int line, String contentType, byte[] body) {

    static ReferenceBatch at(String page, int fenceLine) {
        String folder = System.getProperty("ucwa.reference");
        if (folder == null) {
            throw new IllegalStateException("system property ucwa.reference (the reference folder) is not set;"
                    + " the parent pom sets it, or -Ducwa.reference=DIR");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(folder, page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference page " + page + " in " + folder
                    + " (the folder comes from -Ducwa.reference=DIR)", e);
        }
        if (fenceLine > lines.size() || !lines.get(fenceLine - 1).startsWith("```")) {
            throw new IllegalStateException(page + " has no code block opening on line " + fenceLine
                    + "; its fences are on lines " + fences(lines));
        }
        int end = fenceLine;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
            end++;
        }
        List<String> block = lines.subList(fenceLine, end);
        int bodyStart = 0;
        String contentType = null;
        while (bodyStart < block.size() && !block.get(bodyStart).isBlank() && !block.get(bodyStart).startsWith("--")) {
            String header = block.get(bodyStart);
            if (header.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = header.substring(header.indexOf(':') + 1).strip();
            }
            bodyStart++;
        }
        if (contentType == null) {
            throw new IllegalStateException(page + ":" + fenceLine + " gives no Content-Type in its head");
        }
        String body = String.join("\n", block.subList(bodyStart, block.size())) + "\n";
        return new ReferenceBatch(page, fenceLine, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> fences(List<String> lines) {
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("```"))
                .mapToObj(i -> i + 1).toList();
    }

    @Override
    public String toString() {
        return page + ":" + line;
    }
}
