package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.Link;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The links of a resource held back while its properties are written: JSON puts {@code _links} after the
 * properties, but a caller may write links first. The self link given at the start is held here too, written
 * first whether the other links were held or come after the properties. Each is kept under the rel it is written with, as it was given: a
 * {@link Link}, or the list of an array rel. Once written, they are let go, so that the next resource of the
 * document can hold its links here. Not thread-safe.
 */
final class PendingLinks {

    /** Room for the links of most resources without growing. */
    private static final int EXPECTED_LINKS = 24;

    private Link self;
    private String[] rels;
    private Object[] values;
    private int size;

    void self(Link link) {
        self = link;
    }

    /** A link of a single rel, written under {@code rel}. */
    void single(String rel, Link link) {
        add(rel, link);
    }

    void array(String rel, List<Link> links) {
        add(rel, links);
    }

    private void add(String rel, Object value) {
        if (rels == null) {
            rels = new String[EXPECTED_LINKS];
            values = new Object[EXPECTED_LINKS];
        } else if (size == rels.length) {
            rels = Arrays.copyOf(rels, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        rels[size] = rel;
        values[size] = value;
        size++;
    }

    /** Writes {@code _links}, the self link first; nothing when there are no links. */
    void writeTo(JsonGenerator generator) throws IOException {
        if (self != null || size > 0) {
            open(generator);
            generator.writeEndObject();
        }
    }

    /**
     * Opens {@code _links} and writes the self link and the links held, leaving the object open for the links that
     * follow; lets them go.
     */
    void open(JsonGenerator generator) throws IOException {
        generator.writeFieldName(JsonNames.LINKS);
        generator.writeStartObject();
        if (self != null) {
            generator.writeFieldName(JsonNames.SELF);
            JsonLinks.write(generator, self);
        }
        for (int i = 0; i < size; i++) {
            generator.writeFieldName(rels[i]);
            if (values[i] instanceof Link link) {
                JsonLinks.write(generator, link);
            } else {
                @SuppressWarnings("unchecked")
                List<Link> links = (List<Link>) values[i];
                JsonLinks.writeArray(generator, links);
            }
        }
        clear();
    }

    private void clear() {
        self = null;
        if (size > 0) {
            Arrays.fill(rels, 0, size, null);
            Arrays.fill(values, 0, size, null);
            size = 0;
        }
    }
}
