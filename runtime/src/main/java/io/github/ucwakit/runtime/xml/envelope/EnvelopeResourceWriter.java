package io.github.ucwakit.runtime.xml.envelope;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.xml.XmlTextWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link ResourceWriter} that builds an {@link XmlResourceEnvelope}, with the same texts as the StAX writer
 * ({@code True}/{@code False}, ISO-8601 dates); a nested resource takes its embedded key as its rel, as with the
 * StAX writer. A property name the {@link WireNames} rule refuses is refused with
 * {@link io.github.ucwakit.runtime.UcwaPayloadException.Kind#INVALID_VALUE} at the path of the property, such as
 * {@code /resource/resource[@rel='participant']/property[@name='_links']}, as the reader locates its members. Not
 * thread-safe; one resource per writer.
 */
public final class EnvelopeResourceWriter extends XmlTextWriter {

    private final String embeddedKey;
    /** Where the resource stands in the document, for errors. */
    private final String path;
    private XmlResourceEnvelope envelope;

    public EnvelopeResourceWriter() {
        this(null, "/resource");
    }

    private EnvelopeResourceWriter(String embeddedKey, String path) {
        this.embeddedKey = embeddedKey;
        this.path = path;
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
        envelope = new XmlResourceEnvelope(embeddedKey == null ? rel : embeddedKey, self == null ? null : self.href());
    }

    @Override
    public void link(Link link) {
        if (link != null) {
            envelope().getMembers().add(new EnvelopeLink(link.rel(), link.href(), link.title().orElse(null),
                    link.revision().orElse(null)));
        }
    }

    @Override
    public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
        if (resource != null) {
            EnvelopeResourceWriter nested = new EnvelopeResourceWriter(key, path + "/resource[@rel='" + key + "']");
            binding.write(resource, nested);
            envelope().getMembers().add(nested.envelope());
        }
    }

    @Override
    public void endResource() {
        envelope();
    }

    @Override
    protected void property(String name, String text) {
        checkName(name, "property");
        if (text != null) {
            envelope().getMembers().add(new EnvelopeProperty(name, text));
        }
    }

    @Override
    protected <T> void propertyList(String name, List<T> values, Function<? super T, String> toText) {
        checkName(name, "propertyList");
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

    /** Refuses a name the {@link WireNames} rule refuses, at the path of its element (built only then). */
    private void checkName(String name, String element) {
        if (!WireNames.allowed(WireNames.Owner.RESOURCE, name)) {
            throw WireNames.refusal(WireNames.Owner.RESOURCE, name, path + "/" + element + "[@name='" + name + "']");
        }
    }
}
