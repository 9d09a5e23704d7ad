package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation descriptor of the generated sample holds exactly what the seed reference page lists: every
 * property, link, event, operation (with its status), error row and scope, with the page's descriptions, and nothing
 * the page lacks. The seed folder comes from the system property {@code ucwa.seed}, which the parent pom's Surefire
 * configuration sets.
 */
class SeedCoverageTest {

    private static final String RESOURCE = "conversation";
    private static SeedPage page;
    private static Resource descriptor;

    @BeforeAll
    static void readPageAndDescriptor() throws IOException, DescriptorException {
        String seed = System.getProperty("ucwa.seed");
        assertThat(seed).as("system property ucwa.seed, the seed folder (set by the parent pom's surefire"
                + " configuration, or -Ducwa.seed=...)").isNotBlank();
        Path folder = Path.of(seed);
        assertThat(folder).as("seed folder from ucwa.seed").isDirectory();
        page = new SeedPage(Files.readAllLines(pageOf(folder, RESOURCE), StandardCharsets.UTF_8));
        LoadResult result = new DescriptorLoader().load(List.of(TestPaths.sampleDescriptors()));
        descriptor = result.orThrow().resource(RESOURCE).orElseThrow();
    }

    @Test
    void describesEveryPropertyOfThePageAndNoOther() {
        assertSame(page.rowsUnder(3, "Properties"), descriptor.properties(), Property::name,
                Property::description);
    }

    @Test
    void describesEveryLinkOfThePageAndNoOther() {
        assertSame(page.rowsUnder(3, "Links"), descriptor.links(), ResourceLink::rel, ResourceLink::description);
    }

    @Test
    void describesEveryScopeOfThePageWithItsPermission() {
        List<SeedPage.Row> rows = page.rowsUnder(3, "Azure Active Directory scopes");
        assertSame(rows, descriptor.scopes(), Scope::name, Scope::description);
        assertThat(descriptor.scopes()).extracting(Scope::permission)
                .containsExactlyElementsOf(rows.stream().map(r -> r.cell(1)).toList());
    }

    @Test
    void describesEveryEventOfThePageWithPrioritySenderAndReason() {
        List<String> pageEvents = page.rowsUnder(2, "Events").stream()
                .map(r -> String.join(" | ", r.heading(3).toLowerCase(Locale.ROOT), r.cell(1), r.cell(2), r.cell(3)))
                .toList();
        assertThat(pageEvents).isNotEmpty();
        assertThat(descriptor.events().stream()
                .map(e -> String.join(" | ", e.type(), e.priority(), e.sender(), e.description())))
                .containsExactlyInAnyOrderElementsOf(pageEvents);
        assertThat(page.rowsUnder(2, "Events")).allSatisfy(r -> assertThat(r.cell(0)).isEqualTo(RESOURCE));
        assertThat(descriptor.events()).extracting(Event::type).doesNotHaveDuplicates();
    }

    @Test
    void describesEveryOperationOfThePageWithItsStatus() {
        assertThat(descriptor.operations().stream().map(o -> o.method() + " " + o.status()))
                .containsExactlyInAnyOrderElementsOf(
                        page.statuses().stream().map(s -> s.heading() + " " + s.status()).toList());
    }

    @Test
    void describesEveryErrorRowOfEachOperationAndNoOther() {
        List<String> pageErrors = page.rowsUnder(2, "Operations").stream()
                .filter(r -> r.heading(4).equals("Synchronous errors"))
                .map(r -> String.join(" | ", r.heading(3), r.cell(0), r.cell(1), r.cell(2), r.cell(3)))
                .toList();
        assertThat(pageErrors).isNotEmpty();
        List<String> descriptorErrors = descriptor.operations().stream()
                .flatMap(o -> o.errors().stream().map(e -> errorLine(o, e)))
                .toList();
        assertThat(descriptorErrors).containsExactlyInAnyOrderElementsOf(pageErrors);
    }

    private static String errorLine(Operation operation, ErrorRow row) {
        return String.join(" | ", operation.method(), row.error(), String.valueOf(row.code()), row.subcode(),
                row.description());
    }

    private static <T> void assertSame(List<SeedPage.Row> rows, List<T> described, Function<T, String> name,
            Function<T, String> description) {
        assertThat(rows).as("rows of the page's table").isNotEmpty();
        List<String> pageNames = rows.stream().map(r -> r.cell(0)).toList();
        assertThat(described).extracting(name::apply).containsExactlyInAnyOrderElementsOf(pageNames);
        Map<String, String> pageDescriptions = rows.stream()
                .collect(Collectors.toMap(r -> r.cell(0), r -> r.cell(rows.get(0).cells().size() - 1)));
        assertThat(described.stream().collect(Collectors.toMap(name, description)))
                .containsExactlyInAnyOrderEntriesOf(pageDescriptions);
    }

    private static Path pageOf(Path folder, String resource) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Optional<Path> page = files.filter(Files::isRegularFile).sorted()
                    .filter(f -> firstLine(f).equals("# " + resource)).findFirst();
            assertThat(page).as("a page titled '# %s' in %s", resource, folder).isPresent();
            return page.get();
        }
    }

    private static String firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("").trim();
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
