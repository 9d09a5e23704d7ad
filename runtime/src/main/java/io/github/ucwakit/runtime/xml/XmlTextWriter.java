package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaEnum;
import io.github.ucwakit.runtime.UcwaResource;
import java.util.List;
import java.util.function.Function;

/**
 * What every XML-shaped {@link ResourceWriter} shares: XML carries every value as text, so each typed property
 * becomes the text XML gives it ({@code True}/{@code False}, ISO-8601 dates, decimal numbers) and goes to one of two
 * methods, a {@code <property>} or a {@code <propertyList>}. Subclasses decide where the text goes: a stream or the
 * JAXB envelope.
 */
public abstract class XmlTextWriter implements ResourceWriter {

    /** Writes a {@code <property>} with the text; nothing when {@code text} is null. */
    protected abstract void property(String name, String text);

    /** Writes a {@code <propertyList>} of the values' texts; nothing when {@code values} is null. */
    protected abstract <T> void propertyList(String name, List<T> values, Function<? super T, String> toText);

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

    /** Each value's wire string, without a list of them. */
    @Override
    public void enumListProperty(String name, List<? extends UcwaEnum> values) {
        propertyList(name, values, UcwaEnum::value);
    }

    /** A kept value: a list becomes a {@code <propertyList>}; a JSON object, which XML text cannot carry, nothing. */
    @Override
    public void valueProperty(String name, PropertyValue value) {
        if (value instanceof PropertyValue.ListValue list) {
            propertyList(name, list.items(), XmlScalars::text);
        } else if (value != null) {
            property(name, XmlScalars.text(value));
        }
    }

    @Override
    public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
        if (resources != null) {
            resources.forEach(resource -> embedded(key, binding, resource));
        }
    }
}
