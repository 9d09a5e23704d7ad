package io.github.ucwakit.runtime.operations;

import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.xml.XmlNames;
import io.github.ucwakit.runtime.xml.XmlScalars;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An {@link InputWriter} of {@code <property name>} and {@code <propertyList name>} elements inside an XML
 * {@code <input>}; booleans {@code True}/{@code False}, dates ISO-8601. The caller writes the {@code <input>}.
 */
final class XmlInputWriter implements InputWriter {

    private final XMLStreamWriter xml;

    XmlInputWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    @Override
    public void stringParameter(String name, String value) {
        property(name, value);
    }

    @Override
    public void intParameter(String name, Integer value) {
        property(name, value == null ? null : value.toString());
    }

    @Override
    public void longParameter(String name, Long value) {
        property(name, value == null ? null : value.toString());
    }

    @Override
    public void booleanParameter(String name, Boolean value) {
        property(name, value == null ? null : XmlScalars.text(value.booleanValue()));
    }

    @Override
    public void dateParameter(String name, UcwaDateTime value) {
        property(name, value == null ? null : value.toIsoString());
    }

    @Override
    public void stringListParameter(String name, List<String> values) {
        list(name, values, Function.identity());
    }

    @Override
    public void intListParameter(String name, List<Integer> values) {
        list(name, values, String::valueOf);
    }

    @Override
    public void longListParameter(String name, List<Long> values) {
        list(name, values, String::valueOf);
    }

    @Override
    public void booleanListParameter(String name, List<Boolean> values) {
        list(name, values, value -> XmlScalars.text(value.booleanValue()));
    }

    @Override
    public void dateListParameter(String name, List<UcwaDateTime> values) {
        list(name, values, UcwaDateTime::toIsoString);
    }

    private void property(String name, String text) {
        if (text == null) {
            return;
        }
        try {
            xml.writeStartElement(XmlNames.PROPERTY);
            xml.writeAttribute(XmlNames.NAME, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private <T> void list(String name, List<T> values, Function<? super T, String> toText) {
        if (values == null) {
            return;
        }
        try {
            xml.writeStartElement(XmlNames.PROPERTY_LIST);
            xml.writeAttribute(XmlNames.NAME, name);
            for (T value : values) {
                xml.writeStartElement(XmlNames.ITEM);
                xml.writeCharacters(toText.apply(value));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    static UcwaPayloadException failed(XMLStreamException e) {
        return new UcwaPayloadException("cannot write XML: " + e.getMessage(), null, e);
    }
}
