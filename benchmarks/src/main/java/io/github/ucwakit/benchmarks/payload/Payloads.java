package io.github.ucwakit.benchmarks.payload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The payloads the benchmarks read, taken at run time from the reference pages: the {@code conversation} GET
 * responses of the seed page and the event-channel responses (with an embedded resource) of
 * {@code EventChannelDetails.md}. The seed folder is the system property {@code ucwa.seed}, the reference folder
 * {@code ucwa.reference}; each defaults to {@code ../shared/seed} and {@code ../shared/ucwa-reference} beside the
 * project root, searched upwards from the working directory.
 * Every accessor returns UTF-8 bytes, a fresh copy.
 */
public final class Payloads {

    private static final String EVENT_PAGE = "EventChannelDetails.md";

    private final byte[] conversationJson;
    private final byte[] conversationXml;
    private final byte[] eventsJson;
    private final byte[] eventsXml;

    private Payloads(byte[] conversationJson, byte[] conversationXml, byte[] eventsJson, byte[] eventsXml) {
        this.conversationJson = conversationJson;
        this.conversationXml = conversationXml;
        this.eventsJson = eventsJson;
        this.eventsXml = eventsXml;
    }

    /** The seed's JSON GET response body. */
    public byte[] conversationJson() {
        return conversationJson.clone();
    }

    /** The seed's XML GET response body. */
    public byte[] conversationXml() {
        return conversationXml.clone();
    }

    /** The event channel's JSON sample. */
    public byte[] eventsJson() {
        return eventsJson.clone();
    }

    /** The event channel's XML sample. */
    public byte[] eventsXml() {
        return eventsXml.clone();
    }

    /** Reads the payloads from the folders the system properties name (or their defaults). */
    public static Payloads load() {
        Path seedPage = seedPage(folder("ucwa.seed", "seed"));
        List<MarkdownFences.Fence> seed = MarkdownFences.of(read(seedPage));
        List<MarkdownFences.Fence> events =
                MarkdownFences.of(read(folder("ucwa.reference", "ucwa-reference").resolve(EVENT_PAGE)));
        return new Payloads(
                utf8(MarkdownFences.firstBody(seed, "JSON Response")),
                utf8(MarkdownFences.firstBody(seed, "XML Response")),
                utf8(MarkdownFences.firstBody(events, "Sample JSON event response")),
                utf8(MarkdownFences.firstBody(events, "Sample XML event response")));
    }

    private static Path folder(String property, String sharedName) {
        String configured = System.getProperty(property);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(sharedName);
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("set the system property " + property
                + ": no ../shared/" + sharedName + " found above " + Path.of("").toAbsolutePath());
    }

    /** The seed page of the {@code conversation} resource: the page in the folder whose title is that rel. */
    private static Path seedPage(Path folder) {
        try (Stream<Path> pages = Files.list(folder)) {
            return pages.filter(page -> read(page).startsWith("# conversation\n"))
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no conversation page in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
