package io.github.ucwakit.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.xml.SecureXmlFactories;
import io.github.ucwakit.runtime.xml.XmlNames;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells what a sample body is: a resource (a response), an input (a request body: an input of parameters, or the
 * resource a PUT sends back), an event-channel envelope, or something that is not a UCWA resource (by its content
 * type, its method or its root element), or nothing at all when the sample shows no body.
 */
final class BodyClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLInputFactory XML = SecureXmlFactories.inputFactory();
    private static final String INPUT = "input";

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
            return sample.otherBodyShown() ? Optional.of(Classification.of(kindByRole(sample))) : Optional.empty();
        }
        if (sample.role() == PageSample.Role.EVENT) {
            return Optional.of(Classification.of(BodyKind.EVENT));
        }
        return Optional.of(sample.format() == PayloadFormat.JSON ? json(sample) : xml(sample));
    }

    private static Classification json(PageSample sample) {
        return Classification.of(kindByRole(sample));
    }

    private static Classification xml(PageSample sample) {
        String root = rootElement(sample.body());
        if (root == null || root.equals(XmlNames.RESOURCE) || root.equals(INPUT)) {
            return Classification.of(kindByRole(sample));
        }
        if (root.equals("optionsMetadata")) {
            return Classification.notAResource("OPTIONS metadata");
        }
        return Classification.notAResource("XML <" + root + ">");
    }

    /** A request body is an input (a PUT sends the resource itself as its input); a response body a resource. */
    private static BodyKind kindByRole(PageSample sample) {
        return sample.role() == PageSample.Role.REQUEST ? BodyKind.INPUT : BodyKind.RESOURCE;
    }

    /** Whether a JSON or XML body names its rel at its top: a {@code rel} member or attribute. */
    static boolean namesItsRel(PageSample sample) {
        if (sample.body() == null) {
            return false;
        }
        if (sample.format() == PayloadFormat.JSON) {
            try {
                JsonNode root = JSON.readTree(sample.body());
                return root.isObject() && root.hasNonNull("rel");
            } catch (JsonProcessingException e) {
                return false;
            }
        }
        return rootRel(sample.body()) != null;
    }

    /** The local name of the root element, or {@code null} when the body is not well-formed up to it. */
    private static String rootElement(String body) {
        return atRoot(body, XMLStreamReader::getLocalName);
    }

    /** The rel attribute of a {@code <resource>} root, or {@code null}. */
    private static String rootRel(String body) {
        return atRoot(body, root -> XmlNames.RESOURCE.equals(root.getLocalName())
                ? root.getAttributeValue(null, XmlNames.REL) : null);
    }

    private static String atRoot(String body, Function<XMLStreamReader, String> what) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(body));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return what.apply(reader);
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
