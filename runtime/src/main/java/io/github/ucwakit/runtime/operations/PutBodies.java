package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaEnum;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the body of a PUT that sends a whole resource: the resource as its binding writes it, less its embedded
 * resources, which UCWA ignores in a request body and no PUT sample of the reference sends. The rel (as the
 * resource was read with it), the properties (unknown ones included) and the links it carries are written as read.
 */
final class PutBodies {

    private static final JsonFormat JSON = new JsonFormat();
    private static final XmlFormat XML = new XmlFormat();

    private PutBodies() {}

    /** The body in UTF-8 of the resource {@code resource} writes to the writer it is given. */
    static byte[] write(Consumer<ResourceWriter> resource, PayloadFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Consumer<ResourceWriter> body = writer -> resource.accept(new WithoutEmbedded(writer));
        switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JSON.write(out, body);
            case XML -> XML.write(out, body);
        }
        return out.toByteArray();
    }

    /** A writer that passes every call on but those writing embedded resources, which it drops. */
    private static final class WithoutEmbedded implements ResourceWriter {

        private final ResourceWriter writer;

        WithoutEmbedded(ResourceWriter writer) {
            this.writer = writer;
        }

        @Override
        public void beginResource(String rel, Link self) {
            writer.beginResource(rel, self);
        }

        @Override
        public boolean linksFirst() {
            return writer.linksFirst();
        }

        @Override
        public void endProperties() {
            writer.endProperties();
        }

        @Override
        public void beginInput(Link self) {
            writer.beginInput(self);
        }

        @Override
        public void link(Link link) {
            writer.link(link);
        }

        @Override
        public void link(String rel, Optional<Link> link) {
            writer.link(rel, link);
        }

        @Override
        public void link(String rel, Link link) {
            writer.link(rel, link);
        }

        @Override
        public void links(String rel, List<Link> links) {
            writer.links(rel, links);
        }

        @Override
        public void stringProperty(String name, String value) {
            writer.stringProperty(name, value);
        }

        @Override
        public void intProperty(String name, Integer value) {
            writer.intProperty(name, value);
        }

        @Override
        public void longProperty(String name, Long value) {
            writer.longProperty(name, value);
        }

        @Override
        public void booleanProperty(String name, Boolean value) {
            writer.booleanProperty(name, value);
        }

        @Override
        public void dateProperty(String name, UcwaDateTime value) {
            writer.dateProperty(name, value);
        }

        @Override
        public void stringListProperty(String name, List<String> values) {
            writer.stringListProperty(name, values);
        }

        @Override
        public void intListProperty(String name, List<Integer> values) {
            writer.intListProperty(name, values);
        }

        @Override
        public void longListProperty(String name, List<Long> values) {
            writer.longListProperty(name, values);
        }

        @Override
        public void booleanListProperty(String name, List<Boolean> values) {
            writer.booleanListProperty(name, values);
        }

        @Override
        public void dateListProperty(String name, List<UcwaDateTime> values) {
            writer.dateListProperty(name, values);
        }

        @Override
        public void enumListProperty(String name, List<? extends UcwaEnum> values) {
            writer.enumListProperty(name, values);
        }

        @Override
        public void valueProperty(String name, PropertyValue value) {
            writer.valueProperty(name, value);
        }

        @Override
        public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
            // left out of a PUT body
        }

        @Override
        public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
            // left out of a PUT body
        }

        @Override
        public void endResource() {
            writer.endResource();
        }
    }
}
