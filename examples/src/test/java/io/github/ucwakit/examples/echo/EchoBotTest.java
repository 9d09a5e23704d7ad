package io.github.ucwakit.examples.echo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.events.EventChannelSettings;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.simulator.UcwaSimulator;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The echo bot against the simulator, in JSON and XML: Bob invites the bot, sends N messages, gets exactly N echoes
 * in order, leaves, and the bot leaves too; the same with the event channel answering {@code resync}, and with an
 * event-channel answer cut in the middle, while the conversation goes on.
 */
class EchoBotTest {

    private static final String BOB = "sip:bob@contoso.com";
    private static final int MESSAGES = 12;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** What goes wrong on the event channel halfway through the conversation. */
    enum Fault {
        NONE, RESYNC, CUT_RESPONSE
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

                assertThat(simulator.faults().eventChannel().resyncsPending()
                        + simulator.faults().eventChannel().cutsPending())
                        .as("the fault was injected into an answer carrying events").isZero();
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

    private static void inject(UcwaSimulator simulator, Fault fault) {
        switch (fault) {
            case NONE -> { }
            case RESYNC -> simulator.faults().eventChannel().resync(1);
            case CUT_RESPONSE -> simulator.faults().eventChannel().cutResponses(1);
        }
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
