package io.github.ucwakit.runtime.xml.envelope;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.xml.XmlScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link ResourceWriter} that builds an {@link XmlResourceEnvelope}, with the same texts as the StAX writer
 * ({@code True}/{@code False}, ISO-8601 dates). Not thread-safe; one resource per writer.
 */
public final class EnvelopeResourceWriter implements ResourceWriter {

    private final String fallbackRel;
    private XmlResourceEnvelope envelope;

    public EnvelopeResourceWriter() {
        this(null);
    }

    private EnvelopeResourceWriter(String fallbackRel) {
        this.fallbackRel = fallbackRel;
    }

    /** The envelope written so far. */
    public XmlResourceEnvelope envelope() {
        if (envelope == null) {
            throw new IllegalStateException("no resource has been written");
        }
        return envelope;
    }

    @Override
    public void beginResource(String rel, Link self) {
        envelope = new XmlResourceEnvelope(rel == null ? fallbackRel : rel, self == null ? null : self.href());
    }

    @Override
    public void link(Link link) {
        if (link != null) {
            envelope().getMembers().add(new EnvelopeLink(link.rel(), link.href(), link.title().orElse(null)));
        }
    }

    @Override
    public void links(String rel, List<Link> links) {
        if (links != null) {
            links.forEach(this::link);
        }
    }

    @Override
    public void stringProperty(String name, String value) {
        property(name, value);
    }

    @Override
    public void intProperty(String name, Integer value) {
        property(name, value == null ? null : value.toString());
    }

    @Override
    public void longProperty(String name, Long value) {
        property(name, value == null ? null : value.toString());
    }

    @Override
    public void booleanProperty(String name, Boolean value) {
        property(name, value == null ? null : XmlScalars.text(value));
    }

    @Override
    public void dateProperty(String name, UcwaDateTime value) {
        property(name, value == null ? null : value.toIsoString());
    }

    @Override
    public void stringListProperty(String name, List<String> values) {
        propertyList(name, values, Function.identity());
    }

    @Override
    public void intListProperty(String name, List<Integer> values) {
        propertyList(name, values, String::valueOf);
    }

    @Override
    public void longListProperty(String name, List<Long> values) {
        propertyList(name, values, String::valueOf);
    }

    @Override
    public void booleanListProperty(String name, List<Boolean> values) {
        propertyList(name, values, XmlScalars::text);
    }

    @Override
    public void dateListProperty(String name, List<UcwaDateTime> values) {
        propertyList(name, values, UcwaDateTime::toIsoString);
    }

    @Override
    public void valueProperty(String name, PropertyValue value) {
        if (value instanceof PropertyValue.ListValue list) {
            propertyList(name, list.items(), XmlScalars::text);
        } else if (value != null) {
            property(name, XmlScalars.text(value));
        }
    }

    @Override
    public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
        if (resource != null) {
            EnvelopeResourceWriter nested = new EnvelopeResourceWriter(key);
            binding.write(resource, nested);
            envelope().getMembers().add(nested.envelope());
        }
    }

    @Override
    public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
        if (resources != null) {
            resources.forEach(resource -> embedded(key, binding, resource));
        }
    }

    @Override
    public void endResource() {
        envelope();
    }

    private void property(String name, String text) {
        if (text != null) {
            envelope().getMembers().add(new EnvelopeProperty(name, text));
        }
    }

    private <T> void propertyList(String name, List<T> values, Function<? super T, String> toText) {
        if (values == null) {
            return;
        }
        List<String> items = new ArrayList<>(values.size());
        for (T value : values) {
            String text = toText.apply(value);
            if (text != null) {
                items.add(text);
            }
        }
        envelope().getMembers().add(new EnvelopePropertyList(name, items));
    }
}
