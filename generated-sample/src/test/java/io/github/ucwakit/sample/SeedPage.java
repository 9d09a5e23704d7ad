package io.github.ucwakit.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The founding page of the project, read from the folder named by the {@code ucwa.seed} system property, and the
 * sample bodies it holds.
 */
final class SeedPage {

    private static final String PAGE = "000_ccb3bacbdfe765b9.txt";
    private static final Pattern FENCE = Pattern.compile("```\\w*\\n(.*?)```", Pattern.DOTALL);

    private final String text;

    private SeedPage(String text) {
        this.text = text;
    }

    static SeedPage load() {
        String folder = System.getProperty("ucwa.seed");
        if (folder == null) {
            throw new IllegalStateException("system property ucwa.seed (the seed folder) is not set");
        }
        try {
            return new SeedPage(Files.readString(Path.of(folder, PAGE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed page in " + folder
                    + " (the folder comes from -Ducwa.seed=DIR)", e);
        }
    }

    /** The body of the GET operation's JSON response sample. */
    String getJsonResponse() {
        return bodyAfter("#### JSON Response", '{');
    }

    /** The body of the GET operation's XML response sample. */
    String getXmlResponse() {
        return bodyAfter("#### XML Response", '<');
    }

    /** The first code block after the heading, from the first character that opens the body (HTTP head skipped). */
    private String bodyAfter(String heading, char bodyStart) {
        int at = text.indexOf(heading);
        if (at < 0) {
            throw new IllegalStateException("the seed page has no heading " + heading);
        }
        Matcher fence = FENCE.matcher(text);
        if (!fence.find(at)) {
            throw new IllegalStateException("no code block after " + heading);
        }
        String block = fence.group(1);
        return block.substring(block.indexOf(bodyStart)).strip();
    }
}
