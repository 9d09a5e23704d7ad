package io.github.ucwakit.importer;

import static io.github.ucwakit.importer.TestPages.descriptor;
import static io.github.ucwakit.importer.TestPages.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.importer.write.YamlRenderer;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports the whole reference folder once; checks the run, the seed's conversation, that the schema loads the
 * descriptors, and chosen descriptors against golden files ({@code -Ducwakit.updateGolden=true} rewrites them).
 */
class ReferenceFolderTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path out;

    static ImportResult result;
    static Duration took;

    @BeforeAll
    static void importReference() throws IOException {
        long start = System.nanoTime();
        result = ValidatedImport.run(ImportOptions.of(TestPages.reference(), out));
        took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("reference import: %d descriptors, %d warnings, %d errors, %d review marks in %d ms%n",
                result.written().size(), result.warnings().size(), result.errors().size(),
                result.reviewMarks().size(), took.toMillis());
    }

    @Test
    void importsTheWholeFolderWithoutErrorInUnderAMinute() throws IOException {
        assertThat(result.errors()).isEmpty();
        assertThat(took).isLessThan(Duration.ofMinutes(1));
        List<String> pages;
        try (Stream<Path> files = Files.list(TestPages.reference())) {
            pages = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("_ref.md"))
                    .map(f -> f.replace("_ref.md", ".yaml")).toList();
        }
        List<String> written = result.written().stream().map(f -> f.getFileName().toString()).toList();
        assertThat(written).containsAll(pages);
        List<String> withoutPage = result.reviewMarks().stream()
                .filter(m -> m.node().isEmpty() && m.reason().startsWith("no page in the folder describes"))
                .map(ReviewMark::descriptor).toList();
        assertThat(written).hasSize(pages.size() + withoutPage.size());
        assertThat(withoutPage).containsExactly("audioTranscript.yaml", "conversationLogRecipient.yaml",
                "myOnlineMeeting.yaml", "onlineMeetings.yaml", "startEmergencyCallParameters.yaml");
        assertThat(result.unchanged()).isEmpty();
    }

    @Test
    void reimportingTheUnchangedFolderWritesNothing() throws IOException {
        ImportResult again = ValidatedImport.run(ImportOptions.of(TestPages.reference(), out));
        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(result.written());
        assertThat(again.diagnostics()).isEqualTo(result.diagnostics());
        assertThat(again.reviewMarks()).isEqualTo(result.reviewMarks());
    }

    @Test
    void writesDescriptorsThatAreWellFormed() throws IOException {
        for (Path file : result.written()) {
            JsonNode d = descriptor(file);
            String name = file.getFileName().toString().replace(".yaml", "");
            assertThat(d.path(d.has("enumeration") ? "enumeration" : "resource").asText()).as(file.toString())
                    .isEqualTo(name);
            for (JsonNode property : d.path("properties")) {
                assertThat(property.path("type").asText()).as(name + " " + property)
                        .matches("(list<)?(string|int|long|boolean|date|[A-Z][A-Za-z0-9]*)>?");
            }
        }
    }

    @Test
    void agreesWithTheSeedConversation() throws IOException {
        JsonNode conversation = descriptor(out.resolve("conversation.yaml"));
        Map<String, String> types = new LinkedHashMap<>();
        conversation.path("properties").forEach(p -> types.put(p.path("name").asText(), p.path("type").asText()));
        assertThat(types).containsExactly(
                Map.entry("activeModalities", "list<ConversationModalityType>"),
                Map.entry("audienceMessaging", "AudienceMessaging"),
                Map.entry("audienceMute", "AudienceMuteLock"),
                Map.entry("created", "date"),
                Map.entry("expirationTime", "date"),
                Map.entry("importance", "Importance"),
                Map.entry("participantCount", "int"),
                Map.entry("readLocally", "boolean"),
                Map.entry("recording", "boolean"),
                Map.entry("state", "ConversationState"),
                Map.entry("subject", "string"),
                Map.entry("threadId", "string"));
        assertThat(conversation.path("links")).hasSize(18);
        assertThat(conversation.path("events")).hasSize(3);
        assertThat(conversation.path("scopes")).hasSize(1);
        JsonNode get = item(conversation, "operations", "method", "GET").orElseThrow();
        JsonNode delete = item(conversation, "operations", "method", "DELETE").orElseThrow();
        assertThat(conversation.path("operations")).hasSize(2);
        assertThat(get.path("status").asInt()).isEqualTo(200);
        assertThat(get.path("errors")).hasSize(5);
        assertThat(delete.path("status").asInt()).isEqualTo(204);
        assertThat(delete.path("errors")).hasSize(1);
    }

    @Test
    void reportsEveryReviewMarkOfTheDescriptors() throws IOException {
        for (Path file : result.written()) {
            String name = file.getFileName().toString();
            long keys = Files.readString(file, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.matches("\\s*(- )?review: .*")).count();
            assertThat(result.reviewMarks().stream().filter(m -> m.descriptor().equals(name))).as(name)
                    .hasSize((int) keys);
        }
    }

    @Test
    void loadsWithTheSchemaOnceReviewMarksAreSetAside(@TempDir Path withoutReviews) throws IOException {
        for (Path file : result.written()) {
            ObjectNode tree = descriptor(file);
            removeReviews(tree);
            Files.writeString(withoutReviews.resolve(file.getFileName()), YamlRenderer.render(tree));
        }

        LoadResult loaded = new DescriptorLoader().load(List.of(withoutReviews));

        assertThat(loaded.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString)).isEmpty();
        ApiModel model = loaded.model().orElseThrow();
        assertThat(model.resources().size() + model.enumerations().size()).isEqualTo(result.written().size());
        System.out.printf("schema load of the imported descriptors: %d warnings%n", loaded.warnings().size());
    }

    private static void removeReviews(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("review");
        }
        node.forEach(ReferenceFolderTest::removeReviews);
    }

    @ParameterizedTest
    @ValueSource(strings = {"conversation", "messaging", "participant", "addParticipant", "message", "events",
        "ConversationState", "AudienceMuteLock"})
    void matchesTheGoldenDescriptor(String name) throws IOException {
        String actual = Files.readString(out.resolve(name + ".yaml"), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(name + ".yaml");
        if (Boolean.getBoolean("ucwakit.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
