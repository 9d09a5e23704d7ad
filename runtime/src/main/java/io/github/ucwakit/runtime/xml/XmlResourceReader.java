package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.DataUri;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.SingleMembers;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@link ResourceReader} over one {@code <resource>} element, pulling events from StAX. The self link comes
 * first, from the {@code href} attribute; then {@code <link>}, {@code <property>}, {@code <propertyList>} and
 * nested {@code <resource>} elements in document order. Elements of other names or namespaces are skipped. Leaves
 * the stream on the resource's end tag. Errors are located at the start tag of the offending element (see
 * {@link XmlErrors}); a property name given twice is refused with {@link Kind#DUPLICATE}, a malformed
 * {@code data:} href with {@link Kind#INVALID_VALUE} unless its decoding is deferred ({@link DataHrefs}). Not
 * thread-safe.
 */
public final class XmlResourceReader implements ResourceReader {

    private final XMLStreamReader xml;
    private final DataHrefs dataHrefs;
    private final Supplier<String> where = this::memberLocation;
    private final String rel;
    private final boolean input;
    private final Link self;
    /** Whether the resource has given its self link, as its href attribute or a {@code <link rel="self">}. */
    private boolean selfGiven;
    private final int resourceLine;
    private final int resourceColumn;
    private final NameMap<Boolean> propertyNames = new NameMap<>();
    /** The single links read so far; made for the first. */
    private SingleMembers singleLinks;
    /** The single embedded resources read so far, by key; made for the first. */
    private SingleMembers singleEmbedded;
    private int memberLine;
    private int memberColumn;
    private Member member;
    private String name;
    private String element;
    private boolean unread;
    private boolean atStartTag;
    private boolean done;
    private XmlResourceReader child;

    private XmlResourceReader(XMLStreamReader xml, DataHrefs dataHrefs) {
        this.xml = xml;
        this.dataHrefs = dataHrefs;
        Location start = xml.getLocation();
        this.resourceLine = start.getLineNumber();
        this.resourceColumn = start.getColumnNumber();
        this.input = XmlNames.INPUT.equals(xml.getLocalName());
        this.rel = input ? null : xml.getAttributeValue(null, XmlNames.REL);
        String href = xml.getAttributeValue(null, XmlNames.HREF);
        this.self = href == null ? null : Link.of("self", href);
        this.selfGiven = href != null;
    }

    /** A reader over the {@code <resource>} element whose start tag the stream stands on. */
    public static XmlResourceReader atResource(XMLStreamReader xml) {
        return atResource(xml, DataHrefs.DECODED_ON_READ);
    }

    /**
     * A reader over the {@code <resource>} element, or the {@code <input>} root of a request body, whose start tag
     * the stream stands on.
     */
    public static XmlResourceReader atResource(XMLStreamReader xml, DataHrefs dataHrefs) {
        if (xml.getEventType() != XMLStreamConstants.START_ELEMENT || !XmlNames.isUcwa(xml.getNamespaceURI())
                || !XmlNames.RESOURCE.equals(xml.getLocalName()) && !XmlNames.INPUT.equals(xml.getLocalName())) {
            throw XmlErrors.at(xml, Kind.WRONG_TYPE, "expected a <resource> or <input> element of namespace "
                    + XmlNames.NAMESPACE);
        }
        return new XmlResourceReader(xml, dataHrefs);
    }

    @Override
    public String rel() {
        return rel;
    }

    @Override
    public boolean isInput() {
        return input;
    }

    @Override
    public String location() {
        return member == null ? XmlErrors.where(resourceLine, resourceColumn) : memberLocation();
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
            memberLine = resourceLine;
            memberColumn = resourceColumn;
            return stand(Member.LINK, "self", XmlNames.LINK, false);
        }
        while (!done) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                done = true;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if (XmlNames.isUcwa(xml.getNamespaceURI())) {
                    if (xml instanceof LimitedXmlStreamReader limited) {
                        memberLine = limited.startTagLine();
                        memberColumn = limited.startTagColumn();
                    } else {
                        Location start = xml.getLocation();
                        memberLine = start.getLineNumber();
                        memberColumn = start.getColumnNumber();
                    }
                    switch (local) {
                        case XmlNames.LINK:
                            return stand(Member.LINK, link(required(XmlNames.REL, Kind.MISSING_REL)), local, true);
                        case XmlNames.PROPERTY:
                        case XmlNames.PROPERTY_LIST:
                            return stand(Member.PROPERTY, property(required(XmlNames.NAME, Kind.MISSING_VALUE)),
                                    local, true);
                        case XmlNames.RESOURCE:
                            return stand(Member.EMBEDDED, required(XmlNames.REL, Kind.MISSING_REL), local, true);
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

    private String required(String attribute, Kind kind) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw new UcwaPayloadException(kind, "<" + xml.getLocalName() + "> needs a " + attribute + " attribute",
                    memberLocation());
        }
        return value;
    }

    /**
     * A link's rel; {@code self} is refused the second time, counting the {@code href} attribute of the resource,
     * since a resource has one self link (other rels repeat, as the elements of a collection).
     */
    private String link(String rel) {
        if ("self".equals(rel)) {
            if (selfGiven) {
                throw new UcwaPayloadException(Kind.DUPLICATE, "the self link is given twice (the href attribute of"
                        + " the resource is its self link)", memberLocation());
            }
            selfGiven = true;
        }
        return rel;
    }

    /** A property's name, refused the second time in one resource. */
    private String property(String propertyName) {
        WireNames.check(WireNames.Owner.RESOURCE, propertyName, memberLocation());
        if (!propertyNames.putNew(propertyName, Boolean.TRUE)) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "the property '" + propertyName + "' is given twice",
                    memberLocation());
        }
        return propertyName;
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
        Link link = self;
        if (atStartTag) {
            link = Link.of(name, required(XmlNames.HREF, Kind.MISSING_VALUE),
                    xml.getAttributeValue(null, XmlNames.TITLE), xml.getAttributeValue(null, XmlNames.REVISION));
        }
        if (dataHrefs == DataHrefs.DECODED_ON_READ && DataUri.isDataUri(link.href())) {
            DataUri.parse(link.href(), memberLocation());
        }
        return link;
    }

    @Override
    public Link readSingleLink() {
        Link link = readLink();
        singleLinks = SingleMembers.claimOnce(singleLinks, "link", name, this::memberLocation);
        return link;
    }

    @Override
    public ResourceReader readSingleEmbedded(String key) {
        ResourceReader embedded = readEmbedded();
        singleEmbedded = SingleMembers.claimOnce(singleEmbedded, "embedded resource", key, this::memberLocation);
        return embedded;
    }

    @Override
    public ResourceReader readEmbedded() {
        expect(Member.EMBEDDED);
        atStartTag = false;
        child = new XmlResourceReader(xml, dataHrefs);
        return child;
    }

    private <T> T readScalar(XmlScalars.Parser<T> parser) {
        expect(Member.PROPERTY);
        if (!XmlNames.PROPERTY.equals(element)) {
            throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected a <property>, found a <propertyList> named "
                    + name, memberLocation());
        }
        return parser.parse(elementText(), where);
    }

    private <T> List<T> readList(XmlScalars.Parser<T> parser) {
        expect(Member.PROPERTY);
        return items(parser);
    }

    private <T> List<T> items(XmlScalars.Parser<T> parser) {
        if (!XmlNames.PROPERTY_LIST.equals(element)) {
            throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected a <propertyList>, found a <property> named "
                    + name, memberLocation());
        }
        try {
            List<T> values = XmlStreams.readItems(xml, parser, name);
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

    /** Where the current member's start tag ends. */
    private String memberLocation() {
        return XmlErrors.where(memberLine, memberColumn);
    }

    /** Checks that the reader stands on an unread member of the given kind, and marks it read. */
    private void expect(Member kind) {
        if (member != kind || !unread) {
            throw new IllegalStateException("the reader stands on " + (unread ? member : "no unread member")
                    + ", not on " + kind);
        }
        unread = false;
    }

}
