package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX moves shared by the error and event-channel readers and writers: skipping an element, reading a text-only
 * element, and property bags of {@code <property name>} and {@code <propertyList name>} elements.
 */
public final class XmlElements {

    private XmlElements() {}

    /** From an element's start tag to its end tag, skipping everything inside. */
    public static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of the element whose start tag the stream stands on, or {@code null} when it holds elements (which
     * are skipped). Leaves the stream on the end tag.
     */
    public static String simpleText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    skip(xml);
                    skipRest(xml);
                    return null;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> { }
            }
        }
    }

    /**
     * The members of a property bag: {@code <property name>} as text, {@code <propertyList name>} as a list of its
     * items' texts, any other text-only element under its local name. Leaves the stream on the bag's end tag.
     */
    public static Map<String, PropertyValue> bag(XMLStreamReader xml) throws XMLStreamException {
        Map<String, PropertyValue> members = new NameMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String local = xml.getLocalName();
            String name = xml.getAttributeValue(null, XmlNames.NAME);
            String where = XmlErrors.where(xml.getLocation());
            if (XmlNames.PROPERTY_LIST.equals(local) && name != null) {
                put(members, name, list(xml), where);
            } else {
                String text = simpleText(xml);
                if (text != null) {
                    put(members, XmlNames.PROPERTY.equals(local) && name != null ? name : local,
                            new PropertyValue.Text(text), where);
                }
            }
        }
        return members;
    }

    /** Adds a member of a bag, refusing a name given twice with {@link Kind#DUPLICATE}. */
    private static void put(Map<String, PropertyValue> members, String name, PropertyValue value, String where) {
        if (members.putIfAbsent(name, value) != null) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "the member '" + name + "' is given twice", where);
        }
    }

    /** Writes a property bag: scalars as {@code <property name>}, lists as {@code <propertyList name>}. */
    public static void writeBag(XMLStreamWriter xml, String element, Map<String, PropertyValue> members)
            throws XMLStreamException {
        xml.writeStartElement(element);
        for (Map.Entry<String, PropertyValue> member : members.entrySet()) {
            writeProperty(xml, member.getKey(), member.getValue());
        }
        xml.writeEndElement();
    }

    /**
     * Writes one property: a scalar as {@code <property name>}, a list as {@code <propertyList name>}; an object,
     * which XML text cannot carry, is left out.
     */
    public static void writeProperty(XMLStreamWriter xml, String name, PropertyValue value)
            throws XMLStreamException {
        if (value instanceof PropertyValue.ListValue list) {
            xml.writeStartElement(XmlNames.PROPERTY_LIST);
            xml.writeAttribute(XmlNames.NAME, name);
            for (PropertyValue item : list.items()) {
                String text = XmlScalars.text(item);
                if (text != null) {
                    xml.writeStartElement(XmlNames.ITEM);
                    xml.writeCharacters(text);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            return;
        }
        String text = XmlScalars.text(value);
        if (text != null) {
            xml.writeStartElement(XmlNames.PROPERTY);
            xml.writeAttribute(XmlNames.NAME, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    /** Writes a text-only element. */
    public static void writeTextElement(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static PropertyValue list(XMLStreamReader xml) throws XMLStreamException {
        List<PropertyValue> items = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            boolean item = XmlNames.ITEM.equals(xml.getLocalName());
            String text = simpleText(xml);
            if (item && text != null) {
                items.add(new PropertyValue.Text(text));
            }
        }
        return new PropertyValue.ListValue(items);
    }

    /** After a nested element was skipped: reads to the end tag of the element that held it. */
    private static void skipRest(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                skip(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }
}
