package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every typed link accessor returns the href of the seed's samples, the same whichever format was read. The
 * expected hrefs are taken from the samples independently of the generated code (a JSON tree, a DOM).
 */
class LinkAccessorTest {

    private static final SeedPage SEED = SeedPage.load();

    private static final Map<String, Function<Conversation, Optional<Link>>> ACCESSORS = Map.ofEntries(
            Map.entry("self", Conversation::self),
            Map.entry("addParticipant", Conversation::addParticipantLink),
            Map.entry("applicationSharing", Conversation::applicationSharingLink),
            Map.entry("attendees", Conversation::attendeesLink),
            Map.entry("audioVideo", Conversation::audioVideoLink),
            Map.entry("dataCollaboration", Conversation::dataCollaborationLink),
            Map.entry("disableAudienceMessaging", Conversation::disableAudienceMessagingLink),
            Map.entry("disableAudienceMuteLock", Conversation::disableAudienceMuteLockLink),
            Map.entry("enableAudienceMessaging", Conversation::enableAudienceMessagingLink),
            Map.entry("enableAudienceMuteLock", Conversation::enableAudienceMuteLockLink),
            Map.entry("leaders", Conversation::leadersLink),
            Map.entry("lobby", Conversation::lobbyLink),
            Map.entry("localParticipant", Conversation::localParticipantLink),
            Map.entry("messaging", Conversation::messagingLink),
            Map.entry("onlineMeeting", Conversation::onlineMeetingLink),
            Map.entry("participants", Conversation::participantsLink),
            Map.entry("phoneAudio", Conversation::phoneAudioLink),
            Map.entry("userAcknowledged", Conversation::userAcknowledgedLink));

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void jsonLinksAreReachedThroughTypedAccessors() {
        Map<String, String> expected = jsonHrefs(SEED.getJsonResponse());
        assertThat(expected).hasSize(18);
        assertAccessorsGive(expected, codec.read(SEED.getJsonResponse(), PayloadFormat.JSON, Conversation.class));
    }

    @Test
    void xmlLinksAreReachedThroughTypedAccessors() throws Exception {
        Map<String, String> expected = xmlHrefs(SEED.getXmlResponse());
        assertThat(expected).hasSize(18);
        assertAccessorsGive(expected, codec.read(SEED.getXmlResponse(), PayloadFormat.XML, Conversation.class));
    }

    @Test
    void bothFormatsGiveTheSameLinks() {
        Conversation json = codec.read(SEED.getJsonResponse(), PayloadFormat.JSON, Conversation.class);
        Conversation xml = codec.read(SEED.getXmlResponse(), PayloadFormat.XML, Conversation.class);
        ACCESSORS.forEach((rel, accessor) -> assertThat(accessor.apply(xml)).as(rel).isEqualTo(accessor.apply(json)));
    }

    @Test
    void anAbsentLinkIsEmpty() {
        Conversation bare = Conversation.builder().subject("no links").build();
        ACCESSORS.forEach((rel, accessor) -> assertThat(accessor.apply(bare)).as(rel).isEmpty());
    }

    private static void assertAccessorsGive(Map<String, String> expected, Conversation conversation) {
        assertThat(ACCESSORS.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((rel, href) -> {
            Link link = ACCESSORS.get(rel).apply(conversation).orElseThrow(() -> new AssertionError("no " + rel));
            assertThat(link.href()).as(rel).isEqualTo(href);
            assertThat(link.rel()).as(rel).isEqualTo(rel);
        });
        assertThat(conversation.unknownMembers().links()).isEmpty();
    }

    private static Map<String, String> jsonHrefs(String json) {
        Map<String, String> hrefs = new TreeMap<>();
        for (Map.Entry<String, JsonNode> link : Payloads.tree(json).get("_links").properties()) {
            hrefs.put(link.getKey(), link.getValue().get("href").asText());
        }
        return hrefs;
    }

    private static Map<String, String> xmlHrefs(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Map<String, String> hrefs = new TreeMap<>();
        Element root = document.getDocumentElement();
        hrefs.put("self", root.getAttribute("href"));
        NodeList links = root.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            hrefs.put(link.getAttribute("rel"), link.getAttribute("href"));
        }
        return hrefs;
    }
}
