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
 * StAX writer. Not thread-safe; one resource per writer.
 */
public final class EnvelopeResourceWriter extends XmlTextWriter {

    private final String embeddedKey;
    private XmlResourceEnvelope envelope;

    public EnvelopeResourceWriter() {
        this(null);
    }

    private EnvelopeResourceWriter(String embeddedKey) {
        this.embeddedKey = embeddedKey;
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
            EnvelopeResourceWriter nested = new EnvelopeResourceWriter(key);
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
        WireNames.check(WireNames.Owner.RESOURCE, name, null);
        if (text != null) {
            envelope().getMembers().add(new EnvelopeProperty(name, text));
        }
    }

    @Override
    protected <T> void propertyList(String name, List<T> values, Function<? super T, String> toText) {
        WireNames.check(WireNames.Owner.RESOURCE, name, null);
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
