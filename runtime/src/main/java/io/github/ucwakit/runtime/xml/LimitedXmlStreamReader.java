package io.github.ucwakit.runtime.xml;

import io.github.ucwakit.runtime.ReadLimits;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that enforces {@link ReadLimits} on every event, whoever pulls them (the runtime's reader or
 * JAXB): elements nested deeper than the depth limit, and text or attribute values longer than the string limit,
 * fail with {@link Kind#LIMIT_EXCEEDED}, located at the start tag of the element at fault (see {@link XmlErrors}).
 * Text is counted as it arrives, in the parser's chunks, so an over-long text is refused before it is held in
 * memory. {@link #getElementText()} and
 * {@link #nextTag()} are implemented over {@link #next()} so that they are checked too. Not thread-safe.
 */
public final class LimitedXmlStreamReader extends StreamReaderDelegate {

    private final int maxDepth;
    private final int maxStringLength;
    private final boolean measureAttributes;
    private int depth;
    private long textLength;
    private int elementLine = -1;
    private int elementColumn = -1;

    public LimitedXmlStreamReader(XMLStreamReader reader, ReadLimits limits) {
        this(reader, limits, -1);
    }

    /**
     * A reader of a document of known size ({@code -1}: unknown). A document no longer than the string limit
     * cannot hold a longer attribute value, so attributes are then not measured (which would copy each value).
     */
    LimitedXmlStreamReader(XMLStreamReader reader, ReadLimits limits, long documentSize) {
        super(reader);
        this.maxDepth = limits.maxDepth();
        this.maxStringLength = limits.maxStringLength();
        this.measureAttributes = documentSize < 0 || documentSize > maxStringLength;
        if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
            started();
        }
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> started();
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                textLength = 0;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                textLength += getTextLength();
                if (textLength > maxStringLength) {
                    throw tooLong("the text after this start tag", elementWhere());
                }
            }
            case XMLStreamConstants.COMMENT -> {
                if (getTextLength() > maxStringLength) {
                    throw tooLong("a comment", where());
                }
            }
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                if (getPIData() != null && getPIData().length() > maxStringLength) {
                    throw tooLong("a processing instruction", where());
                }
            }
            default -> {
                // nothing to count
            }
        }
        return event;
    }

    /** The text of a text-only element, read over {@link #next()}; an element inside it is refused. */
    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new IllegalStateException("getElementText() needs a start tag, not event " + getEventType());
        }
        String element = getLocalName();
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(getTextCharacters(), getTextStart(), getTextLength());
                case XMLStreamConstants.ENTITY_REFERENCE -> text.append(getText());
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    // not part of the text
                }
                case XMLStreamConstants.START_ELEMENT -> throw new UcwaPayloadException(Kind.WRONG_TYPE,
                        "<" + element + "> holds text only, found a <" + getLocalName() + "> element", where());
                default -> throw new XMLStreamException("unexpected event " + event + " in the text of <"
                        + element + ">", getLocation());
            }
        }
        return text.toString();
    }

    /** The next start or end tag, read over {@link #next()}; text other than white space is refused. */
    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || event == XMLStreamConstants.SPACE
                || (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && isWhiteSpace()) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected an element, found "
                    + (event == XMLStreamConstants.CHARACTERS ? "text" : "event " + event), where());
        }
        return event;
    }

    private void started() {
        depth++;
        textLength = 0;
        Location location = getLocation();
        elementLine = location.getLineNumber();
        elementColumn = location.getColumnNumber();
        if (depth > maxDepth) {
            throw new UcwaPayloadException(Kind.LIMIT_EXCEEDED, "<" + getLocalName() + "> is nested " + depth
                    + " elements deep, more than the limit of " + maxDepth, elementWhere());
        }
        for (int i = 0; measureAttributes && i < getAttributeCount(); i++) {
            if (getAttributeValue(i).length() > maxStringLength) {
                throw tooLong("the attribute " + getAttributeLocalName(i), elementWhere());
            }
        }
    }

    /** The line of the last start tag read, as {@link #getLocation()} gave it there. */
    int startTagLine() {
        return elementLine;
    }

    /** The column of the last start tag read, as {@link #getLocation()} gave it there. */
    int startTagColumn() {
        return elementColumn;
    }

    private UcwaPayloadException tooLong(String what, String where) {
        return new UcwaPayloadException(Kind.LIMIT_EXCEEDED, what + " is longer than the limit of " + maxStringLength
                + " characters", where);
    }

    private String elementWhere() {
        return XmlErrors.where(elementLine, elementColumn);
    }

    private String where() {
        return XmlErrors.where(getLocation());
    }
}
