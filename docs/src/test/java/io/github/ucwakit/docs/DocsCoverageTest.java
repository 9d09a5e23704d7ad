package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.EnumPlan;
import io.github.ucwakit.generator.naming.LinksPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.NamingPlanner;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
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
        NamingPlan plan = new NamingPlanner().plan(model, "unnamed");
        for (Resource resource : model.resources()) {
            RenderedPage page = docs.resourcePage(format, resource.name());
            ResourcePlan java = plan.resource(resource.name()).orElseThrow();
            CatalogPlan catalog = plan.catalogs().stream()
                    .filter(c -> c.resource().name().equals(resource.name())).findFirst().orElseThrow();
            assertThat(page.headings()).startsWith(resource.name());
            assertThat(page.paragraphs()).containsSequence(lines(resource.description()));
            for (Property p : resource.properties()) {
                assertThat(page.rowsUnder("Properties"))
                        .contains(List.of(p.name(), p.type().spelling(), call(java.properties().stream()
                                .filter(j -> j.property().equals(p)).findFirst().orElseThrow().accessor()),
                                oneLine(p.description())));
            }
            LinksPlan links = plan.links().stream()
                    .filter(c -> c.resource().name().equals(resource.name())).findFirst().orElseThrow();
            for (ResourceLink l : resource.links()) {
                assertThat(page.rowsUnder("Links"))
                        .contains(List.of(l.rel(), l.target(), cardinality(l.array()), (l.rel().equals("self")
                                ? "self()"
                                : call(java.links().stream().filter(j -> j.link().equals(l)).findFirst().orElseThrow()
                                        .accessor()))
                                        + ", " + links.className().simpleName() + "." + links.constants().stream()
                                        .filter(c -> c.rel().equals(l.rel())).findFirst().orElseThrow().constant(),
                                oneLine(l.description())));
            }
            for (Embedded e : resource.embedded()) {
                assertThat(page.rowsUnder("Embedded resources"))
                        .contains(List.of(e.key(), e.rel(), cardinality(e.array()), call(java.embedded().stream()
                                .filter(j -> j.embedded().equals(e)).findFirst().orElseThrow().accessor()),
                                oneLine(e.description())));
            }
            for (int i = 0; i < resource.events().size(); i++) {
                Event e = resource.events().get(i);
                assertThat(page.rowsUnder("Events"))
                        .contains(List.of(e.type(), oneLine(e.priority()), oneLine(e.sender()),
                                catalog.eventsClass().simpleName() + "." + catalog.events().get(i).constant(),
                                oneLine(e.description())));
            }
            for (int i = 0; i < resource.operations().size(); i++) {
                Operation o = resource.operations().get(i);
                assertThat(page.headings()).contains(o.method());
                assertThat(page.paragraphs()).contains("Java: " + catalog.operationsClass().simpleName() + "."
                        + catalog.operations().get(i).constant() + " (its request, response and error table).");
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
            assertThat(page.paragraphs()).contains("Resource described in " + resource.sourceFile() + ".",
                    "Java: class " + java.className().simpleName() + ", read and written by "
                            + java.bindingName().simpleName() + ".");
        }
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("cases")
    void everyEnumerationMemberIsOnItsPage(String name, ApiModel model, DocsFormat format) throws IOException {
        Generated docs = Generated.of(model, output);
        NamingPlan plan = new NamingPlanner().plan(model, "unnamed");
        for (Enumeration enumeration : model.enumerations()) {
            EnumPlan java = plan.enumerations().stream()
                    .filter(e -> e.enumeration().name().equals(enumeration.name())).findFirst().orElseThrow();
            RenderedPage page = docs.enumerationPage(format, enumeration.name());
            assertThat(page.headings()).startsWith(enumeration.name());
            assertThat(page.paragraphs()).containsSequence(lines(enumeration.description()));
            assertThat(page.rowsUnder("Members")).hasSize(enumeration.members().size());
            for (EnumPlan.Constant c : java.constants()) {
                assertThat(page.rowsUnder("Members")).contains(List.of(c.member().name(),
                        java.className().simpleName() + "." + c.name(), oneLine(c.member().description())));
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

    private static String call(String accessor) {
        return accessor + "()";
    }

    private static String cardinality(boolean array) {
        return array ? "array" : "single";
    }

    private static String responseLine(Operation o) {
        String status = o.status() == null ? "" : " status " + o.status() + ",";
        return "Response:" + status + (o.response() == null ? " no body." : " body " + o.response() + ".");
    }
}
