package io.github.ucwakit.sample;

import static io.github.ucwakit.sample.Payloads.assertJsonEquals;
import static io.github.ucwakit.sample.Payloads.assertXmlSimilar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventCatalog;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventDescription;
import io.github.ucwakit.runtime.events.EventSender;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every event-channel sample of the reference is read into the typed model, checked against the sample's own
 * tree (read independently with Jackson or the DOM), and written back semantically equal.
 */
class EventChannelSamplesTest {

    /** The generated class of each described rel; any other rel is read as a generic resource. */
    private static final Map<String, Class<? extends UcwaResource>> CLASSES = Map.of(
            Conversation.REL, Conversation.class,
            Participant.REL, Participant.class,
            Messaging.REL, Messaging.class,
            Communication.REL, Communication.class,
            Message.REL, Message.class,
            AddParticipant.REL, AddParticipant.class,
            Events.REL, Events.class);

    private static final EventCatalog CATALOG = EventCatalog.union(ConversationEvents.CATALOG,
            ParticipantEvents.CATALOG, MessagingEvents.CATALOG, CommunicationEvents.CATALOG, MessageEvents.CATALOG);

    private final UcwaCodec codec = UcwaCodec.create();
    private final EventChannelCodec events = new EventChannelCodec(codec);

    static Stream<ReferencePage.Sample> samples() {
        return EventSamples.all();
    }

    static Stream<ReferencePage.Sample> resourcePageSamples() {
        return EventSamples.ofResourcePages();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsReadIntoTheTypedModel(ReferencePage.Sample sample) throws Exception {
        String body = EventSamples.body(sample);
        EventChannelResponse response = events.read(body, format(sample));

        List<ExpectedEvent> expected = sample.isXml() ? xmlEvents(body) : jsonEvents(body);
        List<ExpectedEvent> actual = new ArrayList<>();
        for (EventSender sender : response.senders()) {
            for (Event event : sender.events()) {
                actual.add(new ExpectedEvent(sender.rel(), sender.href().orElse(null), event.type().value(),
                        event.link(), event.resource().map(UcwaResource::rel).orElse(null)));
                assertThat(event.type().isKnown()).as("%s", event).isTrue();
                event.resource().ifPresent(resource -> assertThat(resource).as("%s", event)
                        .isInstanceOf(CLASSES.getOrDefault(resource.rel(), GenericResource.class)));
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(response.continuation()).isPresent();
        assertThat(response.next()).isEqualTo(response.continuation());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsWrittenBackSemanticallyEqual(ReferencePage.Sample sample) {
        String body = EventSamples.body(sample);
        EventChannelResponse response = events.read(body, format(sample));
        String written = events.writeToString(response, format(sample));
        if (sample.isXml()) {
            assertXmlSimilar(body, written);
        } else {
            assertJsonEquals(body, written);
        }
        assertThat(events.read(written, format(sample))).isEqualTo(response);
    }

    @ParameterizedTest
    @MethodSource("resourcePageSamples")
    void everyEventOnAResourcePageIsInThatResourcesCatalog(ReferencePage.Sample sample) {
        String rel = sample.page().substring(0, sample.page().indexOf("_ref.md"));
        EventChannelResponse response = events.read(EventSamples.body(sample), format(sample));
        assertThat(response.events()).isNotEmpty();
        for (EventSender sender : response.senders()) {
            for (Event event : sender.events()) {
                Optional<EventDescription> description = CATALOG.match(sender, event);
                assertThat(description).as("%s in %s", event, sample).isPresent();
                assertThat(description.get().resource()).isEqualTo(rel);
                assertThat(description.get().sender()).contains(sender.rel());
            }
        }
    }

    private static PayloadFormat format(ReferencePage.Sample sample) {
        return sample.isXml() ? PayloadFormat.XML : PayloadFormat.JSON;
    }

    /** What the sample says of one event, read without the runtime. */
    private record ExpectedEvent(String sender, String senderHref, String type, Link link, String embeddedRel) {}

    private static List<ExpectedEvent> jsonEvents(String body) {
        List<ExpectedEvent> expected = new ArrayList<>();
        for (JsonNode sender : Payloads.tree(body).get("sender")) {
            String senderHref = sender.hasNonNull("href") ? sender.get("href").asText() : null;
            for (JsonNode event : sender.path("events")) {
                JsonNode link = event.get("link");
                String embeddedRel = null;
                for (JsonNode embedded : event.path("_embedded")) {
                    embeddedRel = embedded.get("rel").asText();
                }
                expected.add(new ExpectedEvent(sender.get("rel").asText(), senderHref, event.get("type").asText(),
                        Link.of(link.get("rel").asText(), link.get("href").asText(),
                                link.hasNonNull("title") ? link.get("title").asText() : null),
                        embeddedRel));
            }
        }
        return expected;
    }

    private static List<ExpectedEvent> xmlEvents(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)))
                .getDocumentElement();
        List<ExpectedEvent> expected = new ArrayList<>();
        for (Element sender : children(root, "sender")) {
            for (Element event : children(sender, null)) {
                String embeddedRel = children(event, "resource").stream().map(r -> r.getAttribute("rel"))
                        .findFirst().orElse(null);
                expected.add(new ExpectedEvent(sender.getAttribute("rel"), sender.getAttribute("href"),
                        event.getLocalName(), Link.of(event.getAttribute("rel"), event.getAttribute("href"),
                                event.hasAttribute("title") ? event.getAttribute("title") : null),
                        embeddedRel));
            }
        }
        return expected;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (localName == null || localName.equals(element.getLocalName()))) {
                children.add(element);
            }
        }
        return children;
    }
}
