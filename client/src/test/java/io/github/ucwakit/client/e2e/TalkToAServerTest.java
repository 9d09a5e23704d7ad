package io.github.ucwakit.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationLinks;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationLinks;
import io.github.ucwakit.api.ConversationOperations;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.api.MeLinks;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.api.StartMessagingOperations;
import io.github.ucwakit.client.Tagged;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.UcwaResponse;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.simulator.UcwaSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Talk to a server" quick start, run against a simulator: the code between the markers below is the
 * README's block, and the test fails when the two differ.
 */
class TalkToAServerTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "ucwakit", "client", "e2e",
            "TalkToAServerTest.java");

    @Test
    void theQuickStartRunsAgainstTheSimulatorAndLeavesNothingRunning() {
        String threads;
        try (UcwaSimulator simulator = UcwaSimulator.builder().build().start()) {
            threads = simulator.threadNamePrefix();
            URI root = simulator.rootUri();
            Participants participants = quickStart(root);
            assertThat(participants.self()).isPresent();
        }
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith(threads));
    }

    private static Participants quickStart(URI root) {
        // README:begin
        UcwaClient client = UcwaClient.builder(root)
                .password("alice@contoso.com", "ucwa-simulator")
                .format(PayloadFormat.JSON)                      // or XML: the same code
                .build();
        Application application = client.signIn();             // discovery, OAuth challenge, token, application
        Me me = client.follow(application.me().orElseThrow(), MeLinks.SELF);   // a Me: typed by the link
        System.out.println("signed in as " + me.name());

        Communication communication = application.communication().orElseThrow();
        UcwaResponse<GenericResource> started = client.call(StartMessagingOperations.POST,
                communication.startMessagingLink().orElseThrow(),
                StartMessagingInput.builder().to("sip:bob@contoso.com").subject("Lunch?").build());
        GenericResource invitation = client.awaitOperation(started, GenericResource.class);   // until connected
        Link toConversation = invitation.unknownMembers().links().stream()
                .filter(link -> link.rel().equals("conversation")).findFirst().orElseThrow();
        Conversation conversation = client.get(toConversation, Conversation.class).value();
        Participants participants = client.follow(conversation, ConversationLinks.PARTICIPANTS);

        Tagged<Communication> read = client.followTagged(communication, CommunicationLinks.SELF);  // with its ETag
        client.put(CommunicationOperations.PUT,                  // If-Match; a 412 is a PreconditionFailedException
                read.map(c -> c.toBuilder().phoneNumber("tel:+15550100").build()));
        client.call(ConversationOperations.DELETE, conversation.self().orElseThrow());          // leave
        client.signOut();                                        // deletes the application
        // README:end
        return participants;
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        List<String> readme = Files.readAllLines(README);
        int marker = readme.indexOf("<!-- talk-to-a-server: java -->");
        assertThat(marker).as("the README marks its Talk to a server block").isNotNegative();
        assertThat(readme.get(marker + 1)).isEqualTo("```java");
        int end = readme.subList(marker + 2, readme.size()).indexOf("```") + marker + 2;
        String block = String.join("\n", readme.subList(marker + 2, end));

        List<String> source = Files.readAllLines(SOURCE);
        int begin = indexOfTrimmed(source, "// README:begin");
        int stop = indexOfTrimmed(source, "// README:end");
        String code = source.subList(begin + 1, stop).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));

        assertThat(block).isEqualTo(code);
    }

    private static int indexOfTrimmed(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text);
    }
}
