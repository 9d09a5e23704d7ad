package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Scope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the model appears on the pages, in both formats: each property, link, embedded resource, event,
 * operation (with its parameters and error rows), scope and enumeration member is looked up one by one, as a table
 * row holding all its fields.
 */
class DocsCoverageTest {

    @TempDir
    Path output;

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("conversation", DocsFixtures.conversationModel()),
                Arguments.of("edge cases", EdgeCaseModel.model()));
    }

    static Stream<Arguments> cases() {
        return models().flatMap(m -> Arrays.stream(DocsFormat.values())
                .map(f -> Arguments.of(m.get()[0], m.get()[1], f)));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("cases")
    void everyResourceFactIsOnItsPage(String name, ApiModel model, DocsFormat format) throws IOException {
        Generated docs = Generated.of(model, output);
        for (Resource resource : model.resources()) {
            RenderedPage page = docs.resourcePage(format, resource.name());
            assertThat(page.headings()).startsWith(resource.name());
            assertThat(page.paragraphs()).containsSequence(lines(resource.description()));
            for (Property p : resource.properties()) {
                assertThat(page.rowsUnder("Properties"))
                        .contains(List.of(p.name(), p.type().spelling(), oneLine(p.description())));
            }
            for (ResourceLink l : resource.links()) {
                assertThat(page.rowsUnder("Links"))
                        .contains(List.of(l.rel(), l.target(), cardinality(l.array()), oneLine(l.description())));
            }
            for (Embedded e : resource.embedded()) {
                assertThat(page.rowsUnder("Embedded resources"))
                        .contains(List.of(e.key(), e.rel(), cardinality(e.array()), oneLine(e.description())));
            }
            for (Event e : resource.events()) {
                assertThat(page.rowsUnder("Events"))
                        .contains(List.of(
                                e.type(), oneLine(e.priority()), oneLine(e.sender()), oneLine(e.description())));
            }
            for (Operation o : resource.operations()) {
                assertThat(page.headings()).contains(o.method());
                assertThat(page.paragraphs()).containsSequence(lines(o.description()));
                assertThat(page.paragraphs()).contains(responseLine(o));
                for (Parameter p : o.parameters()) {
                    assertThat(page.rowsUnder(o.method())).contains(List.of(
                            p.name(), p.type().spelling(), p.required() ? "yes" : "no", oneLine(p.description())));
                }
                for (ErrorRow e : o.errors()) {
                    assertThat(page.rowsUnder(o.method())).contains(List.of(
                            e.error(), Integer.toString(e.code()), e.subcode(), oneLine(e.description())));
                }
            }
            for (Scope s : resource.scopes()) {
                assertThat(page.rowsUnder("Scopes"))
                        .contains(List.of(s.name(), s.permission(), oneLine(s.description())));
            }
            assertThat(page.paragraphs()).contains("Resource described in " + resource.sourceFile() + ".");
        }
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("cases")
    void everyEnumerationMemberIsOnItsPage(String name, ApiModel model, DocsFormat format) throws IOException {
        Generated docs = Generated.of(model, output);
        for (Enumeration enumeration : model.enumerations()) {
            RenderedPage page = docs.enumerationPage(format, enumeration.name());
            assertThat(page.headings()).startsWith(enumeration.name());
            assertThat(page.paragraphs()).containsSequence(lines(enumeration.description()));
            assertThat(page.rowsUnder("Members")).hasSize(enumeration.members().size());
            for (EnumMember m : enumeration.members()) {
                assertThat(page.rowsUnder("Members")).contains(List.of(m.name(), oneLine(m.description())));
            }
        }
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("cases")
    void theIndexListsEveryPage(String name, ApiModel model, DocsFormat format) throws IOException {
        RenderedPage index = Generated.of(model, output).page(format, "index");
        assertThat(index.rowsUnder("Resources").stream().map(row -> row.get(0)))
                .containsExactlyElementsOf(model.resources().stream().map(Resource::name).sorted().toList());
        assertThat(index.rowsUnder("Enumerations").stream().map(row -> row.get(0)))
                .containsExactlyElementsOf(model.enumerations().stream().map(Enumeration::name).sorted().toList());
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(DocsCoverageTest::oneLine).filter(l -> !l.isEmpty()).toList();
    }

    private static String cardinality(boolean array) {
        return array ? "array" : "single";
    }

    private static String responseLine(Operation o) {
        String status = o.status() == null ? "" : " status " + o.status() + ",";
        return "Response:" + status + (o.response() == null ? " no body." : " body " + o.response() + ".");
    }
}
