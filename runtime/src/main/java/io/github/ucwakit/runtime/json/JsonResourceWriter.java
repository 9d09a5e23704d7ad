package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A {@link ResourceWriter} to a Jackson {@link JsonGenerator}: {@code rel} first, then the properties, then
 * {@code _links} (self first) and {@code _embedded}. Links arrive before properties, so they are held until the
 * properties are written. A property named {@code rel} is never written: the rel comes from the resource. Does
 * not flush or close the generator. Not thread-safe.
 */
public final class JsonResourceWriter implements ResourceWriter {

    private enum Phase { START, MEMBERS, EMBEDDED, DONE }

    private final JsonGenerator generator;
    private final PendingLinks links = new PendingLinks();
    private Phase phase = Phase.START;

    public JsonResourceWriter(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void beginResource(String rel, Link self) {
        require(Phase.START, "beginResource");
        phase = Phase.MEMBERS;
        links.self(self);
        try {
            generator.writeStartObject();
            if (rel != null) {
                generator.writeStringField("rel", rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void link(Link link) {
        require(Phase.MEMBERS, "a link");
        if (link != null) {
            links.single(link);
        }
    }

    @Override
    public void links(String rel, List<Link> links) {
        require(Phase.MEMBERS, "links");
        if (links != null) {
            this.links.array(rel, links);
        }
    }

    @Override
    public void stringProperty(String name, String value) {
        if (writable(name, value)) {
            try {
                generator.writeStringField(name, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void intProperty(String name, Integer value) {
        if (writable(name, value)) {
            try {
                generator.writeNumberField(name, value.intValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void longProperty(String name, Long value) {
        if (writable(name, value)) {
            try {
                generator.writeNumberField(name, value.longValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void booleanProperty(String name, Boolean value) {
        if (writable(name, value)) {
            try {
                generator.writeBooleanField(name, value.booleanValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void dateProperty(String name, UcwaDateTime value) {
        if (writable(name, value)) {
            try {
                generator.writeStringField(name, value.toJsonString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void stringListProperty(String name, List<String> values) {
        listProperty(name, values, JsonGenerator::writeString);
    }

    @Override
    public void intListProperty(String name, List<Integer> values) {
        listProperty(name, values, (g, value) -> g.writeNumber(value.intValue()));
    }

    @Override
    public void longListProperty(String name, List<Long> values) {
        listProperty(name, values, (g, value) -> g.writeNumber(value.longValue()));
    }

    @Override
    public void booleanListProperty(String name, List<Boolean> values) {
        listProperty(name, values, (g, value) -> g.writeBoolean(value.booleanValue()));
    }

    @Override
    public void dateListProperty(String name, List<UcwaDateTime> values) {
        listProperty(name, values, (g, value) -> g.writeString(value.toJsonString()));
    }

    @Override
    public void valueProperty(String name, PropertyValue value) {
        if (writable(name, value)) {
            call(() -> {
                generator.writeFieldName(name);
                JsonValues.write(generator, value);
            });
        }
    }

    @Override
    public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
        if (resource != null) {
            openEmbedded();
            call(() -> generator.writeFieldName(key));
            binding.write(resource, new JsonResourceWriter(generator));
        }
    }

    @Override
    public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
        if (resources != null) {
            openEmbedded();
            call(() -> generator.writeArrayFieldStart(key));
            for (T resource : resources) {
                binding.write(resource, new JsonResourceWriter(generator));
            }
            call(generator::writeEndArray);
        }
    }

    @Override
    public void endResource() {
        if (phase == Phase.MEMBERS) {
            call(() -> links.writeTo(generator));
        } else {
            require(Phase.EMBEDDED, "endResource");
            call(generator::writeEndObject);
        }
        phase = Phase.DONE;
        call(generator::writeEndObject);
    }

    private boolean writable(String name, Object value) {
        require(Phase.MEMBERS, "a property");
        return value != null && !"rel".equals(name);
    }

    private <T> void listProperty(String name, List<T> values, JsonValues.ItemWriter<T> item) {
        if (writable(name, values)) {
            call(() -> {
                generator.writeArrayFieldStart(name);
                for (T value : values) {
                    item.write(generator, value);
                }
                generator.writeEndArray();
            });
        }
    }

    private void openEmbedded() {
        if (phase == Phase.MEMBERS) {
            call(() -> links.writeTo(generator));
            call(() -> generator.writeObjectFieldStart("_embedded"));
            phase = Phase.EMBEDDED;
        }
        require(Phase.EMBEDDED, "an embedded resource");
    }

    private void require(Phase expected, String what) {
        if (phase != expected) {
            throw new IllegalStateException(what + " cannot be written now (" + phase + "): write order is "
                    + "beginResource, links, properties, embedded resources, endResource");
        }
    }

    private static void call(JsonValues.Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
