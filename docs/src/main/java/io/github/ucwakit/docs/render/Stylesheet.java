package io.github.ucwakit.docs.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one stylesheet every HTML page links to. */
public final class Stylesheet {

    /** Its file name, next to the pages. */
    public static final String FILE_NAME = "style.css";

    private Stylesheet() {}

    /** The stylesheet's text. */
    public static String css() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE_NAME);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
