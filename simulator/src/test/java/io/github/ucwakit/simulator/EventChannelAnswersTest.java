package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.api.Application;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.simulator.world.EventChannelState.Answer;
import io.github.ucwakit.simulator.world.EventChannelState.Poll;
import io.github.ucwakit.simulator.world.SimApplication;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The event channel's rarer answers, forced by its switches, on the wire in JSON and XML: the release timeout's
 * empty answer (only {@code self} and {@code next}, acknowledging nothing more, the same bytes as a real timeout's),
 * and {@code resume} (the events with a {@code resume} link instead of {@code next}, the remembered query parameters
 * forgotten); and the parameters a pending GET sends, remembered for the next ones.
 */
class EventChannelAnswersTest {

    private static final String BOB = "sip:bob@contoso.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Polls longer than the test client's 20 s request timeout: a poll that waits for them fails the test. */
    @RegisterExtension
    static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension(
            () -> UcwaSimulator.builder().longestPoll(Duration.ofSeconds(60)).build());

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aForcedEmptyAnswerIsTheTimeoutAnswerAndTheEventsComeWithTheNextPoll(PayloadFormat format,
            UcwaSimulator simulator) throws Exception {
        Wire wire = new Wire(simulator, format);
        String start = drained(wire);
        SimApplication app = newest(simulator);
        HttpResponse<String> timedOut = wire.get(start + "&timeout=0");

        simulator.incoming().inviteToMessaging(BOB, "Empty answers");
        simulator.faults().eventChannel().emptyAnswers(1);
        HttpResponse<String> forced = wire.get(start + "&timeout=0");

        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(forced.body()).as("the same bytes as the release timeout's answer").isEqualTo(timedOut.body());
        assertOnlyLinks(format, forced.body(), start, Map.of("next", start));
        assertThat(simulator.faults().eventChannel().emptyAnswersPending()).isZero();

        EventChannelResponse events = read(wire, wire.get(start + "&timeout=0"));
        assertThat(events.events()).as("the events held back, now").hasSize(2);
        assertThat(answers(app)).endsWith("TIMEOUT 0", "TIMEOUT 0", "EVENTS 2");
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aForcedResumeCarriesTheEventsWithResumeInsteadOfNextAndForgetsTheParameters(PayloadFormat format,
            UcwaSimulator simulator) throws Exception {
        Wire wire = new Wire(simulator, format);
        String start = drained(wire);
        SimApplication app = newest(simulator);
        wire.get(start + "&timeout=0&low=20&medium=10&priority=2");
        assertThat(app.eventChannel().parameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("timeout", "0", "low", "20", "medium", "10",
                        "priority", "2"));

        simulator.incoming().inviteToMessaging(BOB, "Resume");
        simulator.faults().eventChannel().resume(1);
        HttpResponse<String> resumed = wire.get(start);

        assertThat(resumed.statusCode()).isEqualTo(200);
        EventChannelResponse answer = read(wire, resumed);
        assertThat(answer.next()).as("resume instead of next").isEmpty();
        assertThat(answer.events()).hasSize(2);
        String acknowledged = app.hrefs().events(app.events().lastNumber());
        assertThat(answer.resume()).map(Link::href).hasValue(acknowledged);
        assertLinks(format, resumed.body(), start, Map.of("resume", acknowledged), 2);
        assertThat(app.eventChannel().parameters()).as("forgotten with the resume").isEmpty();
        assertThat(simulator.faults().eventChannel().resumesPending()).isZero();

        wire.get(acknowledged + "&timeout=0&low=20&medium=10&priority=2");
        assertThat(app.eventChannel().parameters()).as("sent again").hasSize(4);
        List<Poll> polls = app.eventChannel().polls();
        assertThat(polls.get(polls.size() - 2)).isEqualTo(new Poll(
                Long.parseLong(start.substring(start.indexOf("ack=") + 4)), Map.of(), Answer.RESUME, 2));
        assertThat(polls.get(polls.size() - 1).sent()).containsEntry("timeout", "0").hasSize(4);
        assertThat(read(wire, wire.get(acknowledged)).events()).as("the resume acknowledged the events").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aPendingGetWithoutParametersWaitsForTheRememberedTimeout(PayloadFormat format, UcwaSimulator simulator) {
        Wire wire = new Wire(simulator, format);
        String start = drained(wire);
        SimApplication app = newest(simulator);

        HttpResponse<String> released = wire.get(start);   // timeout=0 remembered: released at once, not after 60 s

        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(read(wire, released).next()).map(Link::href).hasValue(start);
        Poll last = app.eventChannel().polls().get(app.eventChannel().polls().size() - 1);
        assertThat(last.sent()).isEmpty();
        assertThat(last.answer()).isEqualTo(Answer.TIMEOUT);
        assertThat(app.eventChannel().parameter("timeout")).hasValue("0");
    }

    @Test
    void resetTurnsEveryEventChannelSwitchOff(UcwaSimulator simulator) {
        simulator.faults().eventChannel().resync(1).emptyAnswers(2).resume(3).cutResponses(4);
        assertThat(simulator.faults().eventChannel().pending()).isEqualTo(10);
        simulator.faults().reset();
        assertThat(simulator.faults().eventChannel().pending()).isZero();
    }

    /** A new application whose event channel has answered once with timeout=0; the link to poll next. */
    private static String drained(Wire wire) {
        Application application = wire.application();
        String first = application.eventsLink().orElseThrow().href();
        return read(wire, wire.get(first + "&timeout=0")).next().orElseThrow().href();
    }

    private static SimApplication newest(UcwaSimulator simulator) {
        List<SimApplication> applications = simulator.world().applications();
        return applications.get(applications.size() - 1);
    }

    private static List<String> answers(SimApplication app) {
        return app.eventChannel().polls().stream().map(poll -> poll.answer() + " " + poll.events())
                .collect(Collectors.toList());
    }

    private static EventChannelResponse read(Wire wire, HttpResponse<String> response) {
        return new EventChannelCodec(Wire.CODEC).read(response.body(), wire.format);
    }

    private static void assertOnlyLinks(PayloadFormat format, String body, String self, Map<String, String> links)
            throws Exception {
        assertLinks(format, body, self, links, 0);
    }

    /** The body's self href, its links (exactly these rels), and how many events it holds. */
    private static void assertLinks(PayloadFormat format, String body, String self, Map<String, String> links,
            int events) throws Exception {
        if (format == PayloadFormat.JSON) {
            JsonNode root = JSON.readTree(body);
            assertThat(names(root)).as("JSON members")
                    .containsExactlyElementsOf(events == 0 ? List.of("_links") : List.of("_links", "sender"));
            JsonNode linksNode = root.get("_links");
            List<String> rels = names(linksNode);
            assertThat(rels.get(0)).isEqualTo("self");
            assertThat(linksNode.get("self").get("href").asText()).isEqualTo(self);
            assertThat(rels.subList(1, rels.size())).containsExactlyInAnyOrderElementsOf(links.keySet());
            links.forEach((rel, href) -> assertThat(linksNode.get(rel).get("href").asText()).isEqualTo(href));
            int count = 0;
            for (JsonNode sender : root.path("sender")) {
                count += sender.get("events").size();
            }
            assertThat(count).as("events").isEqualTo(events);
        } else {
            Element root = xml(body).getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("events");
            assertThat(root.getNamespaceURI()).isEqualTo("http://schemas.microsoft.com/rtc/2012/03/ucwa");
            assertThat(root.getAttribute("href")).isEqualTo(self);
            List<String> linkRels = new ArrayList<>();
            int count = 0;
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    if (element.getLocalName().equals("link")) {
                        linkRels.add(element.getAttribute("rel"));
                        assertThat(element.getAttribute("href")).isEqualTo(links.get(element.getAttribute("rel")));
                    } else {
                        assertThat(element.getLocalName()).isEqualTo("sender");
                        for (Node event = element.getFirstChild(); event != null; event = event.getNextSibling()) {
                            count += event instanceof Element ? 1 : 0;
                        }
                    }
                }
            }
            assertThat(linkRels).containsExactlyInAnyOrderElementsOf(links.keySet());
            assertThat(count).as("events").isEqualTo(events);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Document xml(String body) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }
}
