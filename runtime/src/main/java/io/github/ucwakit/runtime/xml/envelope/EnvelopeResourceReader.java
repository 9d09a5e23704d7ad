package io.github.ucwakit.runtime.xml.envelope;

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
import io.github.ucwakit.runtime.xml.XmlScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link ResourceReader} over an {@link XmlResourceEnvelope}, with the same conversions as the StAX reader.
 * Errors are located by a path such as {@code /resource/property[@name='participantCount']}. A property name given
 * twice is refused with {@link Kind#DUPLICATE}, and so is a second self link (the {@code href} attribute of the
 * resource counts as its self link), as the StAX reader refuses them; a malformed {@code data:} href with
 * {@link Kind#INVALID_VALUE}. Not thread-safe.
 */
public final class EnvelopeResourceReader implements ResourceReader {

    private static final int BEFORE_SELF = -2;

    private final XmlResourceEnvelope envelope;
    private final String path;
    private final Supplier<String> where = this::memberPath;
    private final NameMap<Boolean> propertyNames = new NameMap<>();
    private int position = BEFORE_SELF;
    /** Whether the resource has given its self link, as its href attribute or a {@code <link rel="self">}. */
    private boolean selfGiven;
    /** The single links read so far; made for the first. */
    private SingleMembers singleLinks;
    /** The single embedded resources read so far, by key; made for the first. */
    private SingleMembers singleEmbedded;
    private Member member;
    private String name;
    private EnvelopeMember current;
    private boolean unread;

    private EnvelopeResourceReader(XmlResourceEnvelope envelope, String path) {
        this.envelope = envelope;
        this.path = path;
    }

    public static EnvelopeResourceReader of(XmlResourceEnvelope envelope) {
        return new EnvelopeResourceReader(envelope, "/resource");
    }

    @Override
    public String rel() {
        return envelope.getRel();
    }

    @Override
    public String location() {
        return memberPath();
    }

    @Override
    public Member next() {
        unread = true;
        if (position == BEFORE_SELF) {
            position++;
            if (envelope.getHref() != null) {
                selfGiven = true;
                return stand(Member.LINK, "self", null);
            }
        }
        List<EnvelopeMember> members = envelope.getMembers();
        while (++position < members.size()) {
            EnvelopeMember candidate = members.get(position);
            if (candidate instanceof EnvelopeLink link) {
                stand(Member.LINK, required(link.getRel(), "link", "rel"), candidate);
                return selfOnce();
            } else if (candidate instanceof EnvelopeProperty property) {
                return property(required(property.getName(), "property", "name"), candidate);
            } else if (candidate instanceof EnvelopePropertyList list) {
                return property(required(list.getName(), "propertyList", "name"), candidate);
            } else if (candidate instanceof XmlResourceEnvelope resource) {
                return stand(Member.EMBEDDED, required(resource.getRel(), "resource", "rel"), candidate);
            }
        }
        unread = false;
        member = Member.END;
        return member;
    }

    private Member stand(Member kind, String memberName, EnvelopeMember element) {
        member = kind;
        name = memberName;
        current = element;
        return kind;
    }

    /**
     * The link member just stood on; a self link is refused the second time, since a resource has one (other rels
     * repeat, as the elements of a collection).
     */
    private Member selfOnce() {
        if ("self".equals(name)) {
            if (selfGiven) {
                throw new UcwaPayloadException(Kind.DUPLICATE, "the self link is given twice (the href attribute of"
                        + " the resource is its self link)", memberPath());
            }
            selfGiven = true;
        }
        return Member.LINK;
    }

    /** Stands on a property, refusing its name the second time. */
    private Member property(String propertyName, EnvelopeMember element) {
        stand(Member.PROPERTY, propertyName, element);
        WireNames.check(WireNames.Owner.RESOURCE, propertyName, memberPath());
        if (!propertyNames.putNew(propertyName, Boolean.TRUE)) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "the property '" + propertyName + "' is given twice",
                    memberPath());
        }
        return Member.PROPERTY;
    }

    private String required(String value, String element, String attribute) {
        if (value == null) {
            throw new UcwaPayloadException(attribute.equals("rel") ? Kind.MISSING_REL : Kind.MISSING_VALUE,
                    "<" + element + "> needs a " + attribute + " attribute",
                    path + "/" + element + "[" + (position + 1) + "]");
        }
        return value;
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
        return XmlScalars.string(text(), where);
    }

    @Override
    public Integer readInt() {
        return XmlScalars.integer(text(), where);
    }

    @Override
    public Long readLong() {
        return XmlScalars.longInteger(text(), where);
    }

    @Override
    public Boolean readBoolean() {
        return XmlScalars.bool(text(), where);
    }

    @Override
    public UcwaDateTime readDate() {
        return XmlScalars.date(text(), where);
    }

    @Override
    public List<String> readStringList() {
        return list(XmlScalars::string);
    }

    @Override
    public List<Integer> readIntList() {
        return list(XmlScalars::integer);
    }

    @Override
    public List<Long> readLongList() {
        return list(XmlScalars::longInteger);
    }

    @Override
    public List<Boolean> readBooleanList() {
        return list(XmlScalars::bool);
    }

    @Override
    public List<UcwaDateTime> readDateList() {
        return list(XmlScalars::date);
    }

    @Override
    public PropertyValue readValue() {
        expect(Member.PROPERTY);
        if (current instanceof EnvelopeProperty property) {
            return new PropertyValue.Text(property.getValue());
        }
        List<PropertyValue> items = new ArrayList<>();
        for (String item : ((EnvelopePropertyList) current).getItems()) {
            items.add(new PropertyValue.Text(item == null ? "" : item));
        }
        return new PropertyValue.ListValue(items);
    }

    @Override
    public Link readLink() {
        expect(Member.LINK);
        Link link;
        if (current == null) {
            link = Link.of("self", envelope.getHref());
        } else {
            EnvelopeLink element = (EnvelopeLink) current;
            if (element.getHref() == null) {
                throw new UcwaPayloadException(Kind.MISSING_VALUE, "<link> needs an href attribute", memberPath());
            }
            link = Link.of(name, element.getHref(), element.getTitle(), element.getRevision());
        }
        if (DataUri.isDataUri(link.href())) {
            DataUri.parse(link.href(), memberPath());
        }
        return link;
    }

    @Override
    public Link readSingleLink() {
        Link link = readLink();
        singleLinks = SingleMembers.claimOnce(singleLinks, "link", name, this::memberPath);
        return link;
    }

    @Override
    public ResourceReader readSingleEmbedded(String key) {
        ResourceReader embedded = readEmbedded();
        singleEmbedded = SingleMembers.claimOnce(singleEmbedded, "embedded resource", key, this::memberPath);
        return embedded;
    }

    @Override
    public ResourceReader readEmbedded() {
        expect(Member.EMBEDDED);
        return new EnvelopeResourceReader((XmlResourceEnvelope) current, memberPath());
    }

    private String text() {
        expect(Member.PROPERTY);
        if (current instanceof EnvelopeProperty property) {
            return property.getValue();
        }
        throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected a <property>, found a <propertyList>",
                memberPath());
    }

    private <T> List<T> list(XmlScalars.Parser<T> parser) {
        expect(Member.PROPERTY);
        if (!(current instanceof EnvelopePropertyList list)) {
            throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected a <propertyList>, found a <property>",
                    memberPath());
        }
        List<T> values = new ArrayList<>();
        for (String item : list.getItems()) {
            T value = parser.parse(item == null ? "" : item, where);
            if (value == null) {
                throw new UcwaPayloadException(Kind.INVALID_VALUE, "an empty <item> is not allowed", memberPath());
            }
            values.add(value);
        }
        return values;
    }

    private void expect(Member kind) {
        if (member != kind || !unread) {
            throw new IllegalStateException("the reader stands on " + (unread ? member : "no unread member")
                    + ", not on " + kind);
        }
        unread = false;
    }

    private String memberPath() {
        if (current instanceof EnvelopeLink) {
            return path + "/link[@rel='" + name + "']";
        }
        if (current instanceof EnvelopeProperty) {
            return path + "/property[@name='" + name + "']";
        }
        if (current instanceof EnvelopePropertyList) {
            return path + "/propertyList[@name='" + name + "']";
        }
        if (current instanceof XmlResourceEnvelope) {
            return path + "/resource[@rel='" + name + "']";
        }
        return path;
    }
}
