package io.github.ucwakit.generator.emit;

import static io.github.ucwakit.generator.testing.Models.enumeration;
import static io.github.ucwakit.generator.testing.Models.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.UcwaGenerator;
import io.github.ucwakit.generator.testing.Generated;
import io.github.ucwakit.generator.testing.GoldenCases;
import io.github.ucwakit.generator.testing.Models;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adding one member to a descriptor changes only that member's lines: the generated code of the descriptor before
 * and after the change differs by added lines only, in hunks that each name the member, and only in the files of
 * the class, its builder and its binding. (Members kept in an array of slots numbered in order failed this: every
 * slot after the new one was renumbered.)
 */
class OneMemberDiffTest {

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("a property between two others", "language",
                        (UnaryOperator<Models.ResourceBuilder>) r -> r.property("subject", "string")
                                .property("language", "string").property("state", "State").property("modes",
                                        "list<State>")),
                Arguments.of("a list property after the others", "keywords",
                        (UnaryOperator<Models.ResourceBuilder>) r -> r.property("subject", "string")
                                .property("state", "State").property("modes", "list<State>")
                                .property("keywords", "list<string>")),
                Arguments.of("a link", "messaging",
                        (UnaryOperator<Models.ResourceBuilder>) r -> r.property("subject", "string")
                                .property("state", "State").property("modes", "list<State>").link("messaging")));
    }

    /** The files a change touches: the class and its binding, and for a link also the links class. */
    private static List<String> changedFiles(String change) {
        List<String> files = new ArrayList<>(List.of("java/com/example/Conversation.java",
                "java/com/example/ConversationBinding.java"));
        if (change.equals("a link")) {
            files.add("java/com/example/ConversationLinks.java");
        }
        return files;
    }

    private static ApiModel model(UnaryOperator<Models.ResourceBuilder> members, String... parameters) {
        Models.ResourceBuilder conversation = members.apply(resource("conversation"))
                .arrayLink("participant").link("audioVideo")
                .embedded("localParticipant", "participant", false)
                .operation("POST", parameters);
        return new ApiModel(List.of(conversation.build(), resource("participant").property("name", "string").build()),
                List.of(enumeration("State", "Connected", "InLobby")));
    }

    private static ApiModel before() {
        return model(r -> r.property("subject", "string").property("state", "State").property("modes", "list<State>"),
                "to!:string", "modes:list<State>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void addingOneMemberOfAResourceChangesOnlyItsLines(String change, String member,
            UnaryOperator<Models.ResourceBuilder> after) {
        assertOnlyMemberLinesAdded(before(), model(after, "to!:string", "modes:list<State>"), member,
                changedFiles(change));
    }

    @Test
    void addingOneRequestParameterBetweenTwoOthersChangesOnlyItsLines() {
        ApiModel after = model(r -> r.property("subject", "string").property("state", "State")
                .property("modes", "list<State>"), "to!:string", "priority:string", "modes:list<State>");
        assertOnlyMemberLinesAdded(before(), after, "priority",
                List.of("java/com/example/ConversationInput.java", "java/com/example/ConversationInputBinding.java"));
    }

    @Test
    void addingOnePropertyToTheConversationDescriptorChangesOnlyItsLines(@TempDir Path temp) throws Exception {
        Path before = copy(GoldenCases.input("conversation"), temp.resolve("before"));
        Path after = copy(GoldenCases.input("conversation"), temp.resolve("after"));
        Path descriptor = after.resolve("conversation.yaml");
        String text = Files.readString(descriptor);
        String anchor = "  - name: readLocally\n";
        assertThat(text).contains(anchor);
        Files.writeString(descriptor, text.replace(anchor, "  - name: participantLimit\n    type: int\n"
                + "    description: The most participants the conversation admits.\n" + anchor));

        Map<String, String> old = generate(before, temp.resolve("out-before"));
        Map<String, String> now = generate(after, temp.resolve("out-after"));

        assertOnlyMemberLinesAdded(old, now, "participantLimit", List.of(
                "java/com/example/conversation/Conversation.java",
                "java/com/example/conversation/ConversationBinding.java"));
    }

    @Test
    void addingOneLinkToTheConversationDescriptorAddsOneHunkToItsLinksClass(@TempDir Path temp) throws Exception {
        Path before = copy(GoldenCases.input("conversation"), temp.resolve("before"));
        Path after = copy(GoldenCases.input("conversation"), temp.resolve("after"));
        Path descriptor = after.resolve("conversation.yaml");
        String text = Files.readString(descriptor);
        String anchor = "  - rel: messaging\n";
        assertThat(text).contains(anchor);
        Files.writeString(descriptor, text.replace(anchor, "  - rel: meetingRoom\n    target: participant\n"
                + "    description: The room the conversation is held in.\n" + anchor));

        Map<String, String> old = generate(before, temp.resolve("out-before"));
        Map<String, String> now = generate(after, temp.resolve("out-after"));

        String links = "java/com/example/conversation/ConversationLinks.java";
        assertOnlyMemberLinesAdded(old, now, "meetingRoom", List.of(
                "java/com/example/conversation/Conversation.java",
                "java/com/example/conversation/ConversationBinding.java", links));
        List<List<String>> hunks = addedHunks(links, old.get(links).lines().toList(), now.get(links).lines().toList());
        assertThat(hunks).hasSize(1);
        assertThat(String.join("\n", hunks.get(0)))
                .contains("LinkTo<Conversation, Participant> MEETING_ROOM = LinkTo.single(\"meetingRoom\"");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static Map<String, String> generate(Path descriptors, Path out) throws Exception {
        new UcwaGenerator().generate(GoldenCases.options(List.of(descriptors), "com.example.conversation", out));
        Map<String, String> files = new TreeMap<>();
        GoldenCases.readTree(out).forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    private static void assertOnlyMemberLinesAdded(ApiModel before, ApiModel after, String member,
            List<String> changedFiles) {
        assertOnlyMemberLinesAdded(Generated.render(before, "com.example"), Generated.render(after, "com.example"),
                member, changedFiles);
    }

    private static void assertOnlyMemberLinesAdded(Map<String, String> old, Map<String, String> now, String member,
            List<String> changedFiles) {
        assertThat(now.keySet()).isEqualTo(old.keySet());
        TreeSet<String> changed = new TreeSet<>();
        for (String file : now.keySet()) {
            if (!now.get(file).equals(old.get(file))) {
                changed.add(file);
                List<List<String>> hunks = addedHunks(file, old.get(file).lines().toList(), now.get(file).lines().toList());
                System.out.printf("adding %s: %s, %d lines added in %d hunks%n", member, file,
                        hunks.stream().mapToInt(List::size).sum(), hunks.size());
                assertThat(hunks).as("hunks of %s", file).isNotEmpty().allSatisfy(hunk -> assertThat(hunk)
                        .as("a hunk of %s names %s", file, member)
                        .anySatisfy(line -> assertThat(line.toLowerCase(Locale.ROOT))
                                .contains(member.toLowerCase(Locale.ROOT))));
            }
        }
        assertThat(changed).containsExactlyElementsOf(changedFiles);
    }

    /**
     * The hunks of lines added from {@code before} to {@code after}, by a longest common subsequence; a removed or
     * changed line fails the test.
     */
    private static List<List<String>> addedHunks(String file, List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<List<String>> hunks = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> hunk = null;
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                hunk = null;
                i++;
                j++;
            } else if (j < after.size() && (i == before.size() || common[i][j + 1] >= common[i + 1][j])) {
                if (hunk == null) {
                    hunk = new ArrayList<>();
                    hunks.add(hunk);
                }
                hunk.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
                hunk = null;
            }
        }
        assertThat(removed).as("lines of %s removed or changed by adding one member", file).isEmpty();
        return hunks;
    }
}
