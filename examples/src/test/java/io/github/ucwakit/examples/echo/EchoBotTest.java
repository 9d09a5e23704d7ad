package io.github.ucwakit.examples.echo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.events.EventChannelSettings;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.world.EventChannelState.Answer;
import io.github.ucwakit.simulator.world.EventChannelState.Poll;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The echo bot against the simulator, in JSON and XML: Bob invites the bot, sends N messages, gets exactly N echoes
 * in order, leaves, and the bot leaves too; the same with the event channel answering {@code resync}, {@code resume}
 * (after which the bot sends its {@code timeout} again) or the empty timeout answer while messages wait, and with an
 * event-channel answer cut in the middle, while the conversation goes on.
 */
class EchoBotTest {

    private static final String BOB = "sip:bob@contoso.com";
    private static final int MESSAGES = 12;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** What goes wrong on the event channel halfway through the conversation. */
    enum Fault {
        NONE, RESYNC, CUT_RESPONSE, RESUME, EMPTY_ANSWER
    }

    static Stream<Arguments> cases() {
        return Stream.of(PayloadFormat.values())
                .flatMap(format -> Stream.of(Fault.values()).map(fault -> Arguments.of(format, fault)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("cases")
    void echoesEveryMessageOnceAndInOrderThenLeaves(PayloadFormat format, Fault fault) throws Exception {
        int port;
        String threadPrefix;
        List<String> sent = new ArrayList<>();
        try (UcwaSimulator simulator = UcwaSimulator.builder().longestPoll(Duration.ofSeconds(2)).build().start()) {
            port = simulator.port();
            threadPrefix = simulator.threadNamePrefix();
            UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                    .password(simulator.userName(), simulator.password()).build();
            EventChannelSettings settings = EventChannelSettings.builder()
                    .timeout(Duration.ofSeconds(2))
                    .backoff(Duration.ofMillis(20), Duration.ofMillis(200))
                    .build();
            try (EchoBot bot = EchoBot.start(client, settings)) {
                String conversationHref = simulator.incoming().inviteToMessaging(BOB, "Echo, please");
                SimApplication application = simulator.world().applications().get(0);
                SimConversation conversation = application.conversations().get(0);
                await(() -> bot.inConversation(conversationHref)
                        && conversation.messagingState().equals("Connected"), "the bot accepts the invitation");

                for (int i = 1; i <= MESSAGES; i++) {
                    if (i == MESSAGES / 2) {
                        inject(simulator, fault);
                    }
                    String text = "message " + i + " \u00e9\u00e8 <&>";
                    sent.add(text);
                    simulator.remote().sendMessage(conversationHref, BOB, text);
                    if (i % 3 == 0) {
                        int expected = i;
                        await(() -> bot.echoes() >= expected, "the echoes of the first " + i + " messages");
                    }
                }
                await(() -> bot.echoes() >= MESSAGES, MESSAGES + " echoes");
                simulator.remote().leave(conversationHref, "bob@contoso.com");
                await(() -> bot.hasLeft(conversationHref), "the bot leaves after Bob");

                assertThat(simulator.faults().eventChannel().pending())
                        .as("the fault was injected into an answer carrying events").isZero();
                if (fault == Fault.RESUME) {
                    assertTimeoutSentAgainAfterTheResume(application);
                }
                assertThat(application.hasLeft(conversation.id())).as("the application left the conversation")
                        .isTrue();
                assertThat(bot.echoes()).isEqualTo(MESSAGES);
                assertThat(texts(conversation, "Incoming")).containsExactlyElementsOf(sent);
                assertThat(texts(conversation, "Outgoing")).as("one echo per message, in order")
                        .containsExactlyElementsOf(sent);
                System.out.printf("echo bot, %s, %s: %d messages, %d echoes%n", format, fault, sent.size(),
                        texts(conversation, "Outgoing").size());
            }
            assertThat(simulator.world().applications()).as("the bot signed out: its application is deleted")
                    .isEmpty();
        }
        assertThat(liveThreads("ucwa-events-")).as("event channel threads after close").isEmpty();
        assertThat(liveThreads(threadPrefix)).as("simulator threads after close").isEmpty();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).as("the simulator's port is free again").isEqualTo(port);
        } catch (IOException e) {
            throw new AssertionError("the simulator's port " + port + " is still in use", e);
        }
    }

    static Stream<Arguments> severalAtOnce() {
        return Stream.of(PayloadFormat.values()).flatMap(format -> Stream.of(Fault.NONE, Fault.RESUME,
                Fault.EMPTY_ANSWER).map(fault -> Arguments.of(format, fault)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("severalAtOnce")
    void answersSeveralConversationsAtOnceEachWithItsOwnEchoes(PayloadFormat format, Fault fault) throws Exception {
        List<String> contacts = List.of("sip:bob@contoso.com", "sip:carol@contoso.com", "sip:dave@contoso.com");
        ExecutorService others = Executors.newFixedThreadPool(contacts.size());
        try (UcwaSimulator simulator = UcwaSimulator.builder().longestPoll(Duration.ofSeconds(2)).build().start()) {
            UcwaClient client = UcwaClient.builder(simulator.rootUri()).format(format)
                    .password(simulator.userName(), simulator.password()).build();
            EventChannelSettings settings = EventChannelSettings.builder().timeout(Duration.ofSeconds(2))
                    .backoff(Duration.ofMillis(20), Duration.ofMillis(200)).build();
            try (EchoBot bot = EchoBot.start(client, settings)) {
                SimApplication application = simulator.world().applications().get(0);
                List<String> hrefs = together(others, contacts,
                        contact -> simulator.incoming().inviteToMessaging(contact, "Echo for " + contact));
                await(() -> hrefs.stream().allMatch(href -> bot.inConversation(href)
                        && conversation(application, href).messagingState().equals("Connected")),
                        "the bot accepts the " + contacts.size() + " invitations");
                List<SimConversation> conversations = hrefs.stream()
                        .map(href -> conversation(application, href)).collect(Collectors.toList());

                inject(simulator, fault);   // into the next answer with events, as the messages begin
                List<List<String>> sent = together(others, contacts, contact -> {
                    String href = hrefs.get(contacts.indexOf(contact));
                    List<String> texts = new ArrayList<>();
                    for (int i = 1; i <= MESSAGES; i++) {
                        texts.add(contact + " says " + i);
                        simulator.remote().sendMessage(href, contact, texts.get(texts.size() - 1));
                    }
                    return texts;
                });
                int total = MESSAGES * contacts.size();
                await(() -> bot.echoes() >= total, total + " echoes");
                together(others, contacts, contact -> {
                    simulator.remote().leave(hrefs.get(contacts.indexOf(contact)), contact);
                    return contact;
                });
                await(() -> hrefs.stream().allMatch(bot::hasLeft), "the bot leaves the three conversations");

                assertThat(bot.echoes()).isEqualTo(total);
                assertThat(simulator.faults().eventChannel().pending()).as("the fault was used").isZero();
                for (int c = 0; c < contacts.size(); c++) {
                    SimConversation conversation = conversations.get(c);
                    assertThat(texts(conversation, "Incoming")).containsExactlyElementsOf(sent.get(c));
                    assertThat(texts(conversation, "Outgoing"))
                            .as("exactly the echoes of " + contacts.get(c) + "'s messages, in order")
                            .containsExactlyElementsOf(sent.get(c));
                    assertThat(application.hasLeft(conversation.id())).isTrue();
                }
                System.out.printf("echo bot, %s, %s, %d conversations at once: %d messages, %d echoes%n", format,
                        fault, contacts.size(), total, bot.echoes());
            }
        } finally {
            others.shutdownNow();
        }
        assertThat(liveThreads("ucwa-events-")).as("event channel threads after close").isEmpty();
    }

    /** Runs {@code action} for every contact at once, each on its own thread released together; their results. */
    private static <T> List<T> together(ExecutorService threads, List<String> contacts,
            Function<String, T> action) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (String contact : contacts) {
            running.add(threads.submit(() -> {
                go.await();
                return action.apply(contact);
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        return results;
    }

    private static SimConversation conversation(SimApplication application, String href) {
        return application.conversations().stream()
                .filter(conversation -> application.hrefs().conversation(conversation.id()).equals(href))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + href));
    }

    private static void inject(UcwaSimulator simulator, Fault fault) {
        switch (fault) {
            case NONE -> { }
            case RESYNC -> simulator.faults().eventChannel().resync(1);
            case CUT_RESPONSE -> simulator.faults().eventChannel().cutResponses(1);
            case RESUME -> simulator.faults().eventChannel().resume(1);
            case EMPTY_ANSWER -> simulator.faults().eventChannel().emptyAnswers(1);
        }
    }

    /**
     * The channel forgot the bot's {@code timeout} with the {@code resume}; the bot's next pending GET sent it again
     * (and the one answered with {@code resume} had not: it is sent when due, not every time).
     */
    private static void assertTimeoutSentAgainAfterTheResume(SimApplication application) throws InterruptedException {
        // a poll is recorded when answered: the one after the resume, by the 2 s timeout at the latest
        await(() -> application.eventChannel().polls().stream().dropWhile(poll -> poll.answer() != Answer.RESUME)
                .count() >= 2, "the pending GET after the resume answered");
        List<Poll> polls = application.eventChannel().polls();
        int resume = polls.stream().map(Poll::answer).collect(Collectors.toList()).lastIndexOf(Answer.RESUME);
        assertThat(polls.get(resume).sent()).isEmpty();
        assertThat(polls.get(resume + 1).sent()).as("after the resume").isEqualTo(Map.of("timeout", "2"));
        assertThat(application.eventChannel().parameters()).isEqualTo(Map.of("timeout", "2"));
    }

    private static List<String> texts(SimConversation conversation, String direction) {
        return conversation.messages().stream()
                .filter(message -> message.direction().equals(direction))
                .map(SimConversation.Message::text)
                .collect(Collectors.toList());
    }

    private static List<String> liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(prefix))
                .collect(Collectors.toList());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + PATIENCE.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
