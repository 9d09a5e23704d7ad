package io.github.ucwakit.api.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.xml.SecureXmlFactories;
import io.github.ucwakit.runtime.xml.XmlNames;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells what a sample body is: a UCWA resource, a request input, an event envelope, or something that is not a
 * UCWA resource (by its content type, its method or its root), or nothing at all when the sample shows no body.
 */
final class BodyClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLInputFactory XML = SecureXmlFactories.inputFactory();

    /** The body's classification, or empty when the sample has no body. */
    Optional<Classification> classify(PageSample sample) {
        String media = mediaType(sample.contentType());
        if (!media.isEmpty() && !isUcwa(media)) {
            return Optional.of(Classification.notAResource(describe(media)
                    + (sample.body() == null && !sample.otherBodyShown() ? " (body not shown)" : "")));
        }
        if ("OPTIONS".equals(sample.method()) && (sample.body() != null || sample.otherBodyShown())) {
            return Optional.of(Classification.notAResource("OPTIONS metadata"));
        }
        if (sample.body() == null) {
            return sample.otherBodyShown()
                    ? Optional.of(Classification.of(kindByRole(sample, false)))
                    : Optional.empty();
        }
        if (sample.role() == PageSample.Role.EVENT) {
            return Optional.of(Classification.of(BodyKind.EVENT));
        }
        return Optional.of(sample.format() == PayloadFormat.JSON ? json(sample) : xml(sample));
    }

    private static Classification json(PageSample sample) {
        JsonNode root;
        try {
            root = JSON.readTree(sample.body());
        } catch (JsonProcessingException e) {
            return Classification.of(kindByRole(sample, true));
        }
        return Classification.of(kindByRole(sample, root.isObject() && root.has("rel")));
    }

    private static Classification xml(PageSample sample) {
        String root = rootElement(sample.body());
        if (root == null || root.equals(XmlNames.RESOURCE)) {
            return Classification.of(kindByRole(sample, true));
        }
        if (root.equals("input")) {
            return Classification.of(BodyKind.INPUT);
        }
        if (root.equals("optionsMetadata")) {
            return Classification.notAResource("OPTIONS metadata");
        }
        return Classification.notAResource("XML <" + root + ">");
    }

    /** A request without a rel sends an input; any other request or response body is a resource. */
    private static BodyKind kindByRole(PageSample sample, boolean hasRel) {
        return sample.role() == PageSample.Role.REQUEST && !hasRel ? BodyKind.INPUT : BodyKind.RESOURCE;
    }

    /** The local name of the root element, or {@code null} when the body is not well-formed up to it. */
    private static String rootElement(String body) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(body));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isUcwa(String media) {
        return media.equals("application/json") || media.equals("application/xml")
                || media.endsWith("+json") || media.endsWith("+xml");
    }

    private static String describe(String media) {
        if (media.startsWith("multipart/")) {
            return "multipart batch (" + media + ")";
        }
        if (media.equals("application/sdp")) {
            return "SDP (application/sdp)";
        }
        if (media.startsWith("image/")) {
            return "image (" + media + ")";
        }
        return media;
    }
}
