package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.UcwaDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@link ResourceReader} over one {@code <resource>} element, pulling events from StAX. The self link comes
 * first, from the {@code href} attribute; then {@code <link>}, {@code <property>}, {@code <propertyList>} and
 * nested {@code <resource>} elements in document order. Elements of other names or namespaces are skipped. Leaves
 * the stream on the resource's end tag. Not thread-safe.
 */
public final class XmlResourceReader implements ResourceReader {

    private final XMLStreamReader xml;
    private final Supplier<String> where = this::location;
    private final String rel;
    private final Link self;
    private Member member;
    private String name;
    private String element;
    private boolean unread;
    private boolean atStartTag;
    private boolean done;
    private XmlResourceReader child;

    private XmlResourceReader(XMLStreamReader xml) {
        this.xml = xml;
        this.rel = xml.getAttributeValue(null, XmlNames.REL);
        String href = xml.getAttributeValue(null, XmlNames.HREF);
        this.self = href == null ? null : Link.of("self", href);
    }

    /** A reader over the {@code <resource>} element whose start tag the stream stands on. */
    public static XmlResourceReader atResource(XMLStreamReader xml) {
        if (xml.getEventType() != XMLStreamConstants.START_ELEMENT
                || !XmlNames.RESOURCE.equals(xml.getLocalName()) || !XmlNames.isUcwa(xml.getNamespaceURI())) {
            throw XmlErrors.at(xml, "expected a <resource> element of namespace " + XmlNames.NAMESPACE);
        }
        return new XmlResourceReader(xml);
    }

    @Override
    public String rel() {
        return rel;
    }

    @Override
    public Member next() {
        try {
            if (child != null) {
                child.skipToEnd();
                child = null;
            }
            if (atStartTag) {
                XmlStreams.skipElement(xml);
            }
            atStartTag = false;
            unread = false;
            member = advance();
            return member;
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        }
    }

    private Member advance() throws XMLStreamException {
        if (self != null && member == null) {
            return stand(Member.LINK, "self", XmlNames.LINK, false);
        }
        while (!done) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                done = true;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if (XmlNames.isUcwa(xml.getNamespaceURI())) {
                    switch (local) {
                        case XmlNames.LINK:
                            return stand(Member.LINK, required(XmlNames.REL), local, true);
                        case XmlNames.PROPERTY:
                        case XmlNames.PROPERTY_LIST:
                            return stand(Member.PROPERTY, required(XmlNames.NAME), local, true);
                        case XmlNames.RESOURCE:
                            return stand(Member.EMBEDDED, required(XmlNames.REL), local, true);
                        default:
                            break;
                    }
                }
                XmlStreams.skipElement(xml);
            }
        }
        return Member.END;
    }

    private Member stand(Member kind, String memberName, String elementName, boolean onStartTag) {
        name = memberName;
        element = elementName;
        unread = true;
        atStartTag = onStartTag;
        return kind;
    }

    private String required(String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw XmlErrors.at(xml, "<" + xml.getLocalName() + "> needs a " + attribute + " attribute");
        }
        return value;
    }

    void skipToEnd() {
        while (!done) {
            next();
        }
    }

    @Override
    public String name() {
        return member == Member.END ? null : name;
    }

    /** Always false: XML cannot tell a single link from a one-element array of links. */
    @Override
    public boolean inArray() {
        return false;
    }

    @Override
    public String readString() {
        return readScalar(XmlScalars::string);
    }

    @Override
    public Integer readInt() {
        return readScalar(XmlScalars::integer);
    }

    @Override
    public Long readLong() {
        return readScalar(XmlScalars::longInteger);
    }

    @Override
    public Boolean readBoolean() {
        return readScalar(XmlScalars::bool);
    }

    @Override
    public UcwaDateTime readDate() {
        return readScalar(XmlScalars::date);
    }

    @Override
    public List<String> readStringList() {
        return readList(XmlScalars::string);
    }

    @Override
    public List<Integer> readIntList() {
        return readList(XmlScalars::integer);
    }

    @Override
    public List<Long> readLongList() {
        return readList(XmlScalars::longInteger);
    }

    @Override
    public List<Boolean> readBooleanList() {
        return readList(XmlScalars::bool);
    }

    @Override
    public List<UcwaDateTime> readDateList() {
        return readList(XmlScalars::date);
    }

    @Override
    public PropertyValue readValue() {
        expect(Member.PROPERTY);
        if (XmlNames.PROPERTY.equals(element)) {
            return new PropertyValue.Text(elementText());
        }
        List<PropertyValue> items = new ArrayList<>();
        for (String item : items(XmlScalars::string)) {
            items.add(new PropertyValue.Text(item));
        }
        return new PropertyValue.ListValue(items);
    }

    @Override
    public Link readLink() {
        expect(Member.LINK);
        if (!atStartTag) {
            return self;
        }
        String href = required(XmlNames.HREF);
        return Link.of(name, href, xml.getAttributeValue(null, XmlNames.TITLE));
    }

    @Override
    public ResourceReader readEmbedded() {
        expect(Member.EMBEDDED);
        atStartTag = false;
        child = new XmlResourceReader(xml);
        return child;
    }

    private <T> T readScalar(XmlScalars.Parser<T> parser) {
        expect(Member.PROPERTY);
        if (!XmlNames.PROPERTY.equals(element)) {
            throw XmlErrors.at(xml, "expected a <property>, found a <propertyList> named " + name);
        }
        return parser.parse(elementText(), where);
    }

    private <T> List<T> readList(XmlScalars.Parser<T> parser) {
        expect(Member.PROPERTY);
        return items(parser);
    }

    private <T> List<T> items(XmlScalars.Parser<T> parser) {
        if (!XmlNames.PROPERTY_LIST.equals(element)) {
            throw XmlErrors.at(xml, "expected a <propertyList>, found a <property> named " + name);
        }
        try {
            List<T> values = XmlStreams.readItems(xml, parser, where, name);
            atStartTag = false;
            return values;
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        }
    }

    private String elementText() {
        try {
            String text = xml.getElementText();
            atStartTag = false;
            return text;
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(e);
        }
    }

    /** Checks that the reader stands on an unread member of the given kind, and marks it read. */
    private void expect(Member kind) {
        if (member != kind || !unread) {
            throw new IllegalStateException("the reader stands on " + (unread ? member : "no unread member")
                    + ", not on " + kind);
        }
        unread = false;
    }

    private String location() {
        return XmlErrors.where(xml.getLocation());
    }
}
