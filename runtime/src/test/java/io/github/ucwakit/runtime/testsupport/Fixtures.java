package io.github.ucwakit.runtime.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test payloads from {@code src/test/resources}. */
public final class Fixtures {

    /** The seed page's JSON response body of GET conversation. */
    public static final String SEED_JSON = "/seed/conversation.json";
    /** The seed page's XML response body of GET conversation. */
    public static final String SEED_XML = "/seed/conversation.xml";
    /** A conversation with embedded resources and unknown members of every kind. */
    public static final String EMBEDDED_JSON = "/fixtures/conversation-embedded.json";
    public static final String EMBEDDED_XML = "/fixtures/conversation-embedded.xml";

    private Fixtures() {}

    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
