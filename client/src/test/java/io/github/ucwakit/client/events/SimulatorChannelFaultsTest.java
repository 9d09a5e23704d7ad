package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.EventChannelTest.assertNoChannelThread;
import static io.github.ucwakit.client.events.EventChannelTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Direction;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.api.StartMessagingOperations;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.runtime.DataUri;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.faults.EventChannelFaults;
import io.github.ucwakit.simulator.world.EventChannelState.Answer;
import io.github.ucwakit.simulator.world.EventChannelState.Poll;
import io.github.ucwakit.simulator.world.SimApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event loop against the simulator while its event channel answers in each of its rarer ways halfway through a
 * conversation, in JSON and XML: a {@code resume} (told to the listeners, the query parameters sent again with the
 * next pending GET), the release timeout's empty answer while events wait, a {@code resync}, an answer cut in the
 * middle. Every incoming message reaches the listener exactly once and in order.
 */
class SimulatorChannelFaultsTest {

    private static final String BOB = "sip:bob@contoso.com";
    private static final int MESSAGES = 12;
    private static final Map<String, String> PARAMETERS = Map.of("timeout", "2", "low", "20", "medium", "10",
            "priority", "1");

    /** A switch of the simulator's event channel, used once. */
    enum Fault {
        RESUME(faults -> faults.resume(1)),
        EMPTY_ANSWER(faults -> faults.emptyAnswers(1)),
        RESYNC(faults -> faults.resync(1)),
        CUT_RESPONSE(faults -> faults.cutResponses(1));

        final Consumer<EventChannelFaults> inject;

        Fault(Consumer<EventChannelFaults> inject) {
            this.inject = inject;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(PayloadFormat.values())
                .flatMap(format -> Stream.of(Fault.values()).map(fault -> Arguments.of(format, fault)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("cases")
    void everyMessageArrivesOnceAndInOrder(PayloadFormat format, Fault fault) throws Exception {
        List<String> sent = new ArrayList<>();
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger resumed = new AtomicInteger();
        AtomicInteger resynced = new AtomicInteger();
        try (UcwaSimulator simulator = UcwaSimulator.builder().longestPoll(Duration.ofSeconds(2)).build().start()) {
            UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                    .password(simulator.userName(), simulator.password()).build();
            Application application = client.signIn();
            client.call(StartMessagingOperations.POST,
                    application.communication().orElseThrow().startMessagingLink().orElseThrow(),
                    StartMessagingInput.builder().to(BOB).subject("Faults").operationId("op-1").build());
            SimApplication app = simulator.world().applications().get(0);
            String conversation = app.hrefs().conversation(app.conversations().get(0).id());
            EventChannelSettings settings = EventChannelSettings.builder()
                    .timeout(Duration.ofSeconds(2)).low(Duration.ofSeconds(20)).medium(Duration.ofSeconds(10))
                    .priority(1).backoff(Duration.ofMillis(10), Duration.ofMillis(100)).build();
            try (EventChannel events = client.events(settings)) {
                events.onResource(Message.class, message -> {
                    Message incoming = message.resource().orElseThrow();
                    if (message.type().equals(EventType.COMPLETED)
                            && Direction.INCOMING.equals(incoming.direction())) {
                        received.add(incoming.plainMessageLink().flatMap(Link::dataUri).map(DataUri::text)
                                .orElseThrow());
                    }
                });
                events.onUnhandled(notAMessage -> { });
                events.onChannel(new ChannelListener() {
                    @Override
                    public void resumed() {
                        resumed.incrementAndGet();
                    }

                    @Override
                    public void resynced(Application again) {
                        resynced.incrementAndGet();
                    }
                });
                events.start();
                for (int i = 1; i <= MESSAGES; i++) {
                    if (i == MESSAGES / 2 + 1) {
                        await(() -> received.size() == MESSAGES / 2, "the first half of the messages");
                        fault.inject.accept(simulator.faults().eventChannel());
                    }
                    String text = "message " + i;
                    sent.add(text);
                    simulator.remote().sendMessage(conversation, BOB, text);
                }
                await(() -> received.size() >= MESSAGES, MESSAGES + " messages");
                assertThat(simulator.faults().eventChannel().pending()).as("the fault was used").isZero();
                if (fault == Fault.RESUME) {
                    // a poll is recorded when answered: the one after the resume, by the 2 s timeout at the latest
                    await(() -> app.eventChannel().polls().stream().dropWhile(poll -> poll.answer() != Answer.RESUME)
                            .count() >= 2, "the pending GET after the resume answered");
                    assertParametersSentAgainAfterTheResume(app.eventChannel().polls(), app);
                }
                List<Poll> polls = app.eventChannel().polls();
                assertThat(polls).extracting(Poll::answer).as("what the channel answered").contains(
                        switch (fault) {
                            case RESUME -> Answer.RESUME;
                            case EMPTY_ANSWER -> Answer.TIMEOUT;
                            case RESYNC -> Answer.RESYNC;
                            case CUT_RESPONSE -> Answer.CUT;
                        });
            }
            assertThat(received).as("every message once, in order").containsExactlyElementsOf(sent);
            assertThat(resumed).hasValue(fault == Fault.RESUME ? 1 : 0);
            assertThat(resynced).hasValue(fault == Fault.RESYNC ? 1 : 0);
            System.out.printf("event loop against the simulator, %s, %s: %d messages sent, %d received%n",
                    format, fault, sent.size(), received.size());
        }
        assertNoChannelThread();
    }

    /**
     * The pending GET answered with {@code resume} carried no parameters (they were due only on the first), and the
     * next one carried them all again, on the link the resume gave, never altered.
     */
    private static void assertParametersSentAgainAfterTheResume(List<Poll> polls, SimApplication app) {
        int resume = -1;
        for (int i = 0; i < polls.size(); i++) {
            if (polls.get(i).answer() == Answer.RESUME) {
                resume = i;
            }
        }
        assertThat(resume).as("a resume answer in " + polls).isGreaterThanOrEqualTo(0);
        assertThat(polls.get(resume).sent()).as("the parameters were not sent with every pending GET").isEmpty();
        assertThat(polls).as("a pending GET after the resume").hasSizeGreaterThan(resume + 1);
        Poll after = polls.get(resume + 1);
        assertThat(after.sent()).as("sent again after the resume").isEqualTo(PARAMETERS);
        assertThat(after.ack()).as("the resume link's ack")
                .isEqualTo(polls.get(resume).ack() + polls.get(resume).events());
        assertThat(polls.subList(resume + 2, polls.size())).extracting(Poll::sent).as("and then no more")
                .allMatch(Map::isEmpty);
        assertThat(app.eventChannel().parameters()).isEqualTo(PARAMETERS);
    }
}
