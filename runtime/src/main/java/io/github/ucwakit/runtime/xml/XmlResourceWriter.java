package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.WireNames;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link ResourceWriter} to StAX: {@code <resource rel href xmlns>}, then {@code <link>}, {@code <property>} and
 * {@code <propertyList>} elements and nested {@code <resource>} elements in the order they are written. A nested
 * resource carries its embedded key as its {@code rel} attribute, as UCWA names embedded resources in XML (the key
 * and the rel differ for, say, an invitation's {@code from} participant). Booleans
 * are written {@code True}/{@code False}, dates ISO-8601. A kept value XML text cannot carry (a JSON object, or a
 * list inside a list) is left out. A write the StAX writer refuses (with {@link XmlOutput}, a character XML 1.0
 * cannot carry) fails with {@link io.github.ucwakit.runtime.UcwaPayloadException.Kind#INVALID_VALUE}, located by a
 * path such as {@code /resource/property[@name='subject']}. Does not start or end the document. Not thread-safe.
 */
public final class XmlResourceWriter extends XmlTextWriter {

    private final XMLStreamWriter xml;
    private final boolean declareNamespace;
    private final String embeddedKey;
    private final String path;

    private XmlResourceWriter(XMLStreamWriter xml, boolean declareNamespace, String embeddedKey, String path) {
        this.xml = xml;
        this.declareNamespace = declareNamespace;
        this.embeddedKey = embeddedKey;
        this.path = path;
    }

    /** A writer of the document's root resource, which declares the UCWA namespace. */
    public static XmlResourceWriter root(XMLStreamWriter xml) {
        return new XmlResourceWriter(xml, true, null, "/resource");
    }

    @Override
    public void beginResource(String rel, Link self) {
        try {
            xml.writeStartElement(XmlNames.RESOURCE);
            String resourceRel = embeddedKey == null ? rel : embeddedKey;
            if (resourceRel != null) {
                xml.writeAttribute(XmlNames.REL, resourceRel);
            }
            if (self != null) {
                xml.writeAttribute(XmlNames.HREF, self.href());
            }
            if (declareNamespace) {
                xml.writeDefaultNamespace(XmlNames.NAMESPACE);
            }
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** At the root, an {@code <input>} without rel; nested, a {@code <resource>} named by its key. */
    @Override
    public void beginInput(Link self) {
        if (embeddedKey != null) {
            beginResource(null, self);
            return;
        }
        try {
            xml.writeStartElement(XmlNames.INPUT);
            if (self != null) {
                xml.writeAttribute(XmlNames.HREF, self.href());
            }
            xml.writeDefaultNamespace(XmlNames.NAMESPACE);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void link(Link link) {
        if (link != null) {
            link(link.rel(), link);
        }
    }

    /** The link with {@code rel} as its rel attribute, without a copy of the link carrying it. */
    @Override
    public void link(String rel, Link link) {
        if (link == null) {
            return;
        }
        try {
            xml.writeEmptyElement(XmlNames.LINK);
            xml.writeAttribute(XmlNames.REL, rel);
            xml.writeAttribute(XmlNames.HREF, link.href());
            if (link.title().isPresent()) {
                xml.writeAttribute(XmlNames.TITLE, link.title().get());
            }
            if (link.revision().isPresent()) {
                xml.writeAttribute(XmlNames.REVISION, link.revision().get());
            }
        } catch (XMLStreamException e) {
            throw failed(e, "/link[@rel='" + rel + "']");
        }
    }

    @Override
    public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
        if (resource != null) {
            binding.write(resource, new XmlResourceWriter(xml, false, key, path + "/resource[@rel='" + key + "']"));
        }
    }

    @Override
    public void endResource() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    protected void property(String name, String text) {
        if (!WireNames.allowed(WireNames.Owner.RESOURCE, name)) {
            throw WireNames.refusal(WireNames.Owner.RESOURCE, name, path + "/property[@name='" + name + "']");
        }
        if (text == null) {
            return;
        }
        try {
            xml.writeStartElement(XmlNames.PROPERTY);
            xml.writeAttribute(XmlNames.NAME, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e, "/property[@name='" + name + "']");
        }
    }

    @Override
    protected <T> void propertyList(String name, List<T> values, Function<? super T, String> toText) {
        if (!WireNames.allowed(WireNames.Owner.RESOURCE, name)) {
            throw WireNames.refusal(WireNames.Owner.RESOURCE, name, path + "/propertyList[@name='" + name + "']");
        }
        if (values == null) {
            return;
        }
        try {
            xml.writeStartElement(XmlNames.PROPERTY_LIST);
            xml.writeAttribute(XmlNames.NAME, name);
            for (T value : values) {
                String text = toText.apply(value);
                if (text != null) {
                    xml.writeStartElement(XmlNames.ITEM);
                    xml.writeCharacters(text);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e, "/propertyList[@name='" + name + "']");
        }
    }

    private UcwaPayloadException failed(XMLStreamException e) {
        return failed(e, "");
    }

    /** A write that failed, located by the resource's path and {@code member} within it. */
    private UcwaPayloadException failed(XMLStreamException e, String member) {
        return new UcwaPayloadException(Kind.INVALID_VALUE, "cannot write XML: " + e.getMessage(), path + member, e);
    }
}
