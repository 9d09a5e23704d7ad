package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaEnum;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.WireNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ResourceWriter} to a Jackson {@link JsonGenerator}: {@code rel} first, then the properties, then
 * {@code _links} (self first) and {@code _embedded}. It asks for the properties first ({@link #linksFirst()}
 * {@code false}): links written after {@link #endProperties()} go straight to the generator. Links written before
 * the properties, in the order every writer accepts, are held until the properties are written. A property named
 * {@code rel} is never written: the rel comes from the resource. Does not flush or close the generator. Not
 * thread-safe.
 */
public final class JsonResourceWriter implements ResourceWriter {

    /**
     * Where the resource stands: {@code MEMBERS} takes links (held) and properties, {@code LINKS} (after
     * {@link #endProperties()}) takes links, written as they come.
     */
    private enum Phase { START, MEMBERS, LINKS, EMBEDDED, DONE }

    private static final String DATE_PREFIX = "/Date(";
    private static final String DATE_SUFFIX = ")/";
    /** The longest JSON date: the prefix, a sign and 19 digits, the suffix. */
    private static final int DATE_TEXT_LENGTH = 28;

    private final JsonGenerator generator;
    private final Scratch scratch;
    private final PendingLinks links;
    private Phase phase = Phase.START;
    /** Whether {@code _links} is open in the generator, in phase {@code LINKS}. */
    private boolean linksOpen;

    public JsonResourceWriter(JsonGenerator generator) {
        this(generator, new Scratch());
    }

    private JsonResourceWriter(JsonGenerator generator, Scratch scratch) {
        this.generator = generator;
        this.scratch = scratch;
        this.links = scratch.links;
    }

    /**
     * A writer of an embedded resource, sharing this writer's scratch space: the links this writer holds back have
     * been written by then (they precede {@code _embedded}), and the embedded resource's own links are written
     * before it ends.
     */
    private JsonResourceWriter embeddedWriter() {
        return new JsonResourceWriter(generator, scratch);
    }

    @Override
    public void beginResource(String rel, Link self) {
        require(Phase.START, "beginResource");
        phase = Phase.MEMBERS;
        links.self(self);
        try {
            generator.writeStartObject();
            if (rel != null) {
                generator.writeFieldName(JsonNames.REL);
                generator.writeString(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code false}: JSON puts {@code _links} after the properties. */
    @Override
    public boolean linksFirst() {
        return false;
    }

    @Override
    public void endProperties() {
        require(Phase.MEMBERS, "endProperties");
        phase = Phase.LINKS;
    }

    @Override
    public void link(Link link) {
        requireLinks("a link");
        if (link != null) {
            single(link.rel(), link);
        }
    }

    /** The link under {@code rel}, kept as it is: its own rel is not written in JSON. */
    @Override
    public void link(String rel, Link link) {
        if (link != null) {
            requireLinks("a link");
            single(rel, link);
        }
    }

    /** The link under {@code rel}, kept as it is: its own rel is not written in JSON. */
    @Override
    public void link(String rel, Optional<Link> link) {
        link(rel, link.orElse(null));
    }

    @Override
    public void links(String rel, List<Link> links) {
        requireLinks("links");
        if (links == null) {
            return;
        }
        if (phase == Phase.MEMBERS) {
            this.links.array(rel, links);
            return;
        }
        try {
            openLinks();
            generator.writeFieldName(rel);
            JsonLinks.writeArray(generator, links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds the link before the properties; writes it after them. */
    private void single(String rel, Link link) {
        if (phase == Phase.MEMBERS) {
            links.single(rel, link);
            return;
        }
        try {
            openLinks();
            generator.writeFieldName(rel);
            JsonLinks.write(generator, link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code _links}, the self link first, when the first link after the properties comes. */
    private void openLinks() throws IOException {
        if (!linksOpen) {
            links.open(generator);
            linksOpen = true;
        }
    }

    /** Ends the links: closes {@code _links} when written as they came, writes those held otherwise. */
    private void closeLinks() throws IOException {
        if (linksOpen) {
            generator.writeEndObject();
            linksOpen = false;
        } else {
            links.writeTo(generator);
        }
    }

    @Override
    public void stringProperty(String name, String value) {
        if (writable(name, value)) {
            try {
                generator.writeFieldName(name);
                generator.writeString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void intProperty(String name, Integer value) {
        if (writable(name, value)) {
            try {
                generator.writeFieldName(name);
                generator.writeNumber(value.intValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void longProperty(String name, Long value) {
        if (writable(name, value)) {
            try {
                generator.writeFieldName(name);
                generator.writeNumber(value.longValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void booleanProperty(String name, Boolean value) {
        if (writable(name, value)) {
            try {
                generator.writeFieldName(name);
                generator.writeBoolean(value.booleanValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void dateProperty(String name, UcwaDateTime value) {
        if (writable(name, value)) {
            try {
                generator.writeFieldName(name);
                writeDate(value);
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
        listProperty(name, values, (generator, value) -> generator.writeNumber(value.intValue()));
    }

    @Override
    public void longListProperty(String name, List<Long> values) {
        listProperty(name, values, (generator, value) -> generator.writeNumber(value.longValue()));
    }

    @Override
    public void booleanListProperty(String name, List<Boolean> values) {
        listProperty(name, values, (generator, value) -> generator.writeBoolean(value.booleanValue()));
    }

    @Override
    public void dateListProperty(String name, List<UcwaDateTime> values) {
        listProperty(name, values, (generator, value) -> writeDate(value));
    }

    /** Each value's wire string, without a list of them. */
    @Override
    public void enumListProperty(String name, List<? extends UcwaEnum> values) {
        listProperty(name, values, (generator, value) -> generator.writeString(value.value()));
    }

    @Override
    public void valueProperty(String name, PropertyValue value) {
        if (writable(name, value)) {
            try {
                generator.writeFieldName(name);
                JsonValues.write(generator, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
        if (resource != null) {
            try {
                openEmbedded();
                generator.writeFieldName(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            binding.write(resource, embeddedWriter());
        }
    }

    @Override
    public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
        if (resources != null) {
            try {
                openEmbedded();
                generator.writeFieldName(key);
                generator.writeStartArray();
                for (T resource : resources) {
                    binding.write(resource, embeddedWriter());
                }
                generator.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void endResource() {
        try {
            if (phase == Phase.MEMBERS || phase == Phase.LINKS) {
                closeLinks();
            } else {
                require(Phase.EMBEDDED, "endResource");
                generator.writeEndObject();
            }
            phase = Phase.DONE;
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean writable(String name, Object value) {
        require(Phase.MEMBERS, "a property");
        if (!WireNames.allowed(WireNames.Owner.RESOURCE, name)) {
            throw WireNames.refusal(WireNames.Owner.RESOURCE, name, JsonPaths.member(JsonPaths.ROOT, name));
        }
        return value != null && !"rel".equals(name);
    }

    /**
     * Writes a date's {@link UcwaDateTime#toJsonString() JSON form}, {@code /Date(ms)/}, from a buffer of this
     * writer rather than a new string.
     */
    private void writeDate(UcwaDateTime value) throws IOException {
        char[] dateText = scratch.dateText();
        DATE_PREFIX.getChars(0, DATE_PREFIX.length(), dateText, 0);
        long millis;
        try {
            millis = value.toInstant().toEpochMilli();
        } catch (ArithmeticException e) {
            throw new UcwaPayloadException(UcwaPayloadException.Kind.INVALID_DATE, "the date " + value
                    + " is out of the range of /Date(ms)/", generator.getOutputContext().getCurrentName() == null
                    ? null : JsonPaths.member(JsonPaths.ROOT, generator.getOutputContext().getCurrentName()), e);
        }
        int end = digits(millis, dateText, DATE_PREFIX.length());
        DATE_SUFFIX.getChars(0, DATE_SUFFIX.length(), dateText, end);
        generator.writeString(dateText, 0, end + DATE_SUFFIX.length());
    }

    /** Puts the decimal digits of {@code number} at {@code start}; returns where they end. */
    private static int digits(long number, char[] into, int start) {
        int at = start;
        if (number < 0) {
            into[at++] = '-';
        }
        int first = at;
        long rest = number;
        do {
            into[at++] = (char) ('0' + Math.abs(rest % 10));
            rest /= 10;
        } while (rest != 0);
        for (int i = first, j = at - 1; i < j; i++, j--) {
            char swap = into[i];
            into[i] = into[j];
            into[j] = swap;
        }
        return at;
    }

    /** Writes a list, each value with {@code item}. */
    private <T> void listProperty(String name, List<T> values, Item<T> item) {
        if (writable(name, values)) {
            try {
                generator.writeFieldName(name);
                generator.writeStartArray(values, values.size());
                for (T value : values) {
                    item.write(generator, value);
                }
                generator.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes one list item. */
    @FunctionalInterface
    private interface Item<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    private void openEmbedded() throws IOException {
        if (phase == Phase.MEMBERS || phase == Phase.LINKS) {
            closeLinks();
            generator.writeFieldName(JsonNames.EMBEDDED);
            generator.writeStartObject();
            phase = Phase.EMBEDDED;
        }
        require(Phase.EMBEDDED, "an embedded resource");
    }

    /**
     * What the writers of one document share, one resource at a time: the links held back, and room for a date's
     * text.
     */
    private static final class Scratch {

        private final PendingLinks links = new PendingLinks();
        private char[] dateText;

        char[] dateText() {
            if (dateText == null) {
                dateText = new char[DATE_TEXT_LENGTH];
            }
            return dateText;
        }
    }

    /** Links come before the properties, or after {@link #endProperties()}. */
    private void requireLinks(String what) {
        if (phase != Phase.LINKS) {
            require(Phase.MEMBERS, what);
        }
    }

    private void require(Phase expected, String what) {
        if (phase != expected) {
            throw new IllegalStateException(what + " cannot be written now (" + phase + "): write order is "
                    + "beginResource, links and properties (or properties, endProperties and links), embedded "
                    + "resources, endResource");
        }
    }
}
