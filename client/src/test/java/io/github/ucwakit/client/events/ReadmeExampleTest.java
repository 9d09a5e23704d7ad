package io.github.ucwakit.client.events;

import static io.github.ucwakit.client.events.EventChannelTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationEvents;
import io.github.ucwakit.api.Message;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.testing.FakeServer.Recorded;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.PayloadFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's event-model example, compiled and run against a fake UCWA whose events link answers nothing. */
class ReadmeExampleTest {

    private static final String EVENTS = "/ucwa/oauth/v1/applications/105/events";

    @Test
    void theReadmeExampleCompilesAndRuns() throws Exception {
        try (SignedIn signedIn = SignedIn.start(PayloadFormat.JSON, builder -> builder)) {
            CountDownLatch closing = new CountDownLatch(1);
            signedIn.server().on(EVENTS, signedIn.ucwa().authorized(request -> {
                try {
                    closing.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reply.status(503);
            }));
            EventChannel events = readmeExample(signedIn.client());
            await(() -> !signedIn.server().requests(EVENTS).isEmpty(), "the first pending GET");
            events.close();
            closing.countDown();
            assertThat(events.stopped()).isCompleted().isNotCompletedExceptionally();
            assertThat(signedIn.server().requests(EVENTS)).extracting(Recorded::query).containsExactly("ack=1&timeout=900");

        }
    }

    @Test
    void theReadmeShowsThisExampleWordForWord() throws IOException {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).as("the project README, from the client module").exists();
        String text = Files.readString(readme);
        int marker = text.indexOf("<!-- events: example -->");
        assertThat(marker).as("the README's events example marker").isNotNegative();
        int start = text.indexOf("```java\n", marker) + "```java\n".length();
        String shown = text.substring(start, text.indexOf("```", start));
        String source = Files.readString(Path.of("src/test/java/io/github/ucwakit/client/events/ReadmeExampleTest.java"));
        int begin = source.indexOf("// readme: begin\n") + "// readme: begin\n".length();
        String block = source.substring(begin, source.indexOf("        // readme: end", begin));
        assertThat(shown).isEqualTo(block.lines().map(line -> line.substring(Math.min(8, line.length())))
                .collect(Collectors.joining("\n", "", "\n")));
    }

    /** The README's example, word for word between the markers. */
    private static EventChannel readmeExample(UcwaClient client) {
        // readme: begin
        EventChannel events = client.events(EventChannelSettings.builder()
                .timeout(Duration.ofMinutes(15))                // sent as ?timeout=900; the server's ack is kept
                .queueCapacity(1000)                            // when full, the next pending GET waits
                .build());
        events.on(ConversationEvents.ADDED, Conversation.class, added -> System.out.println(
                added.resource().map(Conversation::subject).orElse("?")
                        + (added.embedded() ? " (embedded)" : added.fetched() ? " (fetched)" : "")));
        events.onResource(Message.class, message -> System.out.println(message.type() + " " + message.link()));
        events.onSender("conversation", event -> System.out.println("from a conversation: " + event.link()));
        events.onUnhandled(event -> System.out.println("no listener took " + event));
        events.onChannel(new ChannelListener() {
            @Override
            public void resynced(Application application) {
                System.out.println("events may have been missed: rebuild the caches from " + application);
            }
        });
        events.start();                                         // later: events.close()
        // readme: end
        return events;
    }
}
