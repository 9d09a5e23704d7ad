package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.Link;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The links of a resource held back while its properties are written: JSON puts {@code _links} after the
 * properties, but bindings write links first. Not thread-safe.
 */
final class PendingLinks {

    /** Room for the links of most resources without growing. */
    private static final int EXPECTED_LINKS = 24;

    private final List<Object> entries = new ArrayList<>(EXPECTED_LINKS);
    private Link self;

    void self(Link link) {
        self = link;
    }

    void single(Link link) {
        entries.add(link);
    }

    void array(String rel, List<Link> links) {
        entries.add(new LinkArray(rel, links));
    }

    /** Writes {@code _links}, the self link first; nothing when there are no links. */
    void writeTo(JsonGenerator generator) throws IOException {
        if (self == null && entries.isEmpty()) {
            return;
        }
        generator.writeObjectFieldStart("_links");
        if (self != null) {
            generator.writeFieldName("self");
            JsonLinks.write(generator, self);
        }
        for (Object entry : entries) {
            if (entry instanceof Link link) {
                generator.writeFieldName(link.rel());
                JsonLinks.write(generator, link);
            } else {
                LinkArray array = (LinkArray) entry;
                generator.writeArrayFieldStart(array.rel());
                for (Link link : array.links()) {
                    JsonLinks.write(generator, link);
                }
                generator.writeEndArray();
            }
        }
        generator.writeEndObject();
    }

    private record LinkArray(String rel, List<Link> links) {}
}
