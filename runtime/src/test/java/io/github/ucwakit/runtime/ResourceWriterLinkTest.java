package io.github.ucwakit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceWriterLinkTest {

    private static void body(ResourceWriter writer) {
        writer.beginResource("conversation", null);
        writer.link("messaging", Optional.of(Link.of("other", "/m", "IM")));
        writer.link("audioVideo", Optional.empty());
        writer.endResource();
    }

    /** The same links given without an {@code Optional}: {@code null} for an absent one. */
    private static void bodyWithoutOptionals(ResourceWriter writer) {
        writer.beginResource("conversation", null);
        writer.link("messaging", Link.of("other", "/m", "IM"));
        writer.link("audioVideo", (Link) null);
        writer.endResource();
    }

    @Test
    void aLinkGivenWithoutAnOptionalIsWrittenTheSameWay() {
        assertEquals(new JsonFormat().writeToString(ResourceWriterLinkTest::body),
                new JsonFormat().writeToString(ResourceWriterLinkTest::bodyWithoutOptionals));
        assertEquals(new XmlFormat().writeToString(ResourceWriterLinkTest::body),
                new XmlFormat().writeToString(ResourceWriterLinkTest::bodyWithoutOptionals));
    }

    @Test
    void jsonWritesAPresentLinkUnderTheRelGivenAndNothingForAnEmptyOne() {
        assertEquals("{\"rel\":\"conversation\",\"_links\":{\"messaging\":{\"href\":\"/m\",\"title\":\"IM\"}}}",
                new JsonFormat().writeToString(ResourceWriterLinkTest::body));
    }

    @Test
    void xmlWritesAPresentLinkUnderTheRelGivenAndNothingForAnEmptyOne() {
        String xml = new XmlFormat().writeToString(ResourceWriterLinkTest::body);
        assertEquals(1, xml.split("<link ", -1).length - 1, xml);
        assertTrue(xml.contains("<link rel=\"messaging\" href=\"/m\" title=\"IM\""), xml);
    }
}
