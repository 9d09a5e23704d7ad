package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Type;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loader on good descriptors: what the model holds, where each node was read, and the defaults. */
class DescriptorLoaderTest {

    private static final Path GOOD = TestPaths.sourceTestResources().resolve("good/api");
    private static final String FOLDER = GOOD.toString().replace(File.separatorChar, '/');

    private final LoadResult result = new DescriptorLoader().load(List.of(GOOD));
    private final ApiModel model = result.model().orElseThrow(() -> new AssertionError(result.diagnostics()));

    @Test
    void resolvesResourcesAndEnumerationsSortedByNameWithTheirSourceFiles() {
        assertThat(model.resources()).extracting(Resource::name, Resource::sourceFile)
                .containsExactly(
                        tuple("conversation", "conversation.yaml"),
                        tuple("participant", "participant.json"));
        assertThat(model.enumerations()).extracting(Enumeration::name, Enumeration::sourceFile)
                .containsExactly(tuple("State", "enums/State.yml"));
    }

    @Test
    void locatesNodesByFileLineAndColumn() {
        Resource conversation = conversation();
        assertThat(conversation.location()).isEqualTo(at("conversation.yaml", 1, 1));
        assertThat(conversation.properties()).extracting(Property::location).containsExactly(
                at("conversation.yaml", 4, 5), at("conversation.yaml", 7, 5), at("conversation.yaml", 9, 5));
        assertThat(conversation.links().get(1).location()).isEqualTo(at("conversation.yaml", 13, 5));
        assertThat(conversation.operations().get(0).errors().get(0).location())
                .isEqualTo(at("conversation.yaml", 41, 9));
        assertThat(model.resource("participant").orElseThrow().properties().get(0).location())
                .isEqualTo(at("participant.json", 4, 5));
        assertThat(model.enumeration("State").orElseThrow().members()).extracting(EnumMember::location)
                .containsExactly(at("enums/State.yml", 4, 5), at("enums/State.yml", 6, 5));
    }

    @Test
    void parsesTypes() {
        assertThat(conversation().properties()).extracting(Property::type).containsExactly(
                new Type.EnumRef("State"),
                new Type.ListOf(new Type.EnumRef("State")),
                new Type.Scalar(Type.Kind.LONG));
    }

    @Test
    void linkTargetDefaultsToItsRelAndArrayToFalse() {
        assertThat(conversation().links())
                .extracting(ResourceLink::rel, ResourceLink::target, ResourceLink::array, ResourceLink::description)
                .containsExactly(
                        tuple("self", "self", false, ""),
                        tuple("participants", "participant", true, "The participants."),
                        tuple("messaging", "messaging", false, ""));
    }

    @Test
    void embeddedRelDefaultsToItsKey() {
        assertThat(conversation().embedded()).extracting(Embedded::key, Embedded::rel, Embedded::array)
                .containsExactly(
                        tuple("localParticipant", "participant", false),
                        tuple("participant", "participant", true));
    }

    @Test
    void parameterRequiredDefaultsToFalse() {
        Operation post = conversation().operations().get(0);
        assertThat(post.parameters()).extracting(Parameter::name, Parameter::required, Parameter::type)
                .containsExactly(
                        tuple("to", true, new Type.Scalar(Type.Kind.STRING)),
                        tuple("importance", false, new Type.EnumRef("State")));
    }

    @Test
    void keepsOperationsEventsAndScopesAsWrittenAndLeavesOutWhatIsAbsent() {
        Resource conversation = conversation();
        Operation post = conversation.operations().get(0);
        Operation get = conversation.operations().get(1);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.response()).isEqualTo("participant");
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.errors().get(0)).extracting("error", "code", "subcode", "description")
                .containsExactly("Conflict", 409, "AlreadyExists", "Already there.");
        assertThat(get.response()).isNull();
        assertThat(get.status()).isNull();
        assertThat(get.description()).isEmpty();
        assertThat(conversation.events()).extracting(Event::type, Event::priority, Event::sender)
                .containsExactly(
                        tuple("added", "High", "conversation"),
                        tuple("updated", null, null));
        assertThat(conversation.scopes().get(0)).extracting("name", "permission", "description")
                .containsExactly("Conversations.Receive", "Receive conversation invites", "");
    }

    @Test
    void keepsEnumerationMembersAsWrittenInDescriptorOrder() {
        // YAML 1.1 reads a plain On and Off as booleans; member names keep the text as written.
        assertThat(model.enumeration("State").orElseThrow().members())
                .extracting(EnumMember::name, EnumMember::description)
                .containsExactly(
                        tuple("On", "Switched on."),
                        tuple("Off", ""));
    }

    @Test
    void aWarningPolicyDropsTheWarningOrMakesItAnErrorThatLeavesNoModel() {
        LoadResult ignored = new DescriptorLoader().load(List.of(GOOD),
                WarningPolicy.parse("undescribed-reference=ignore"));
        assertThat(ignored.diagnostics()).isEmpty();
        assertThat(ignored.model()).isPresent();
        LoadResult raised = new DescriptorLoader().load(List.of(GOOD),
                WarningPolicy.parse("undescribed-reference=error"));
        assertThat(raised.hasErrors()).isTrue();
        assertThat(raised.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                FOLDER + "/conversation.yaml:17:10: link 'messaging' points at resource 'messaging',"
                        + " which no descriptor describes [undescribed-reference]");
    }

    @Test
    void warnsAboutALinkToAResourceNoDescriptorDescribes() {
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                FOLDER + "/conversation.yaml:17:10: warning: link 'messaging' points at resource 'messaging',"
                        + " which no descriptor describes [undescribed-reference]");
    }

    private Resource conversation() {
        return model.resource("conversation").orElseThrow();
    }

    private static SourceLocation at(String file, int line, int column) {
        return new SourceLocation(FOLDER + "/" + file, line, column);
    }
}
