package io.github.ucwakit.benchmarks.payload;

import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown page, each with the heading it stands under. */
public final class MarkdownFences {

    /** One fenced block: the nearest heading above it (without the {@code #}s) and its lines. */
    public record Fence(String heading, String text) {}

    private MarkdownFences() {}

    /** The page's fenced blocks in page order. */
    public static List<Fence> of(String page) {
        List<Fence> fences = new ArrayList<>();
        String heading = "";
        StringBuilder block = null;
        for (String line : page.split("\\R", -1)) {
            if (line.strip().startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    fences.add(new Fence(heading, block.toString()));
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            } else if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+", "").strip();
            }
        }
        return List.copyOf(fences);
    }

    /**
     * The body of the first block under {@code heading} that has one: the block from its first line opening with
     * {@code {} or {@code <}, so that an HTTP status line and headers before it are left out.
     */
    public static String firstBody(List<Fence> fences, String heading) {
        for (Fence fence : fences) {
            if (fence.heading().equals(heading)) {
                String body = bodyOf(fence.text());
                if (!body.isEmpty()) {
                    return body;
                }
            }
        }
        throw new IllegalStateException("no code block with a body under the heading '" + heading + "'");
    }

    private static String bodyOf(String text) {
        int start = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("<")) {
                return text.substring(start).strip();
            }
            start += line.length() + 1;
        }
        return "";
    }
}
