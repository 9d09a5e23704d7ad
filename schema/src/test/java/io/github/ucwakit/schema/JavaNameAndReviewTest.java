package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.load.LoadResult;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code javaName} lets a name that would be an error (a keyword, a reserved member name, a name that makes no
 * identifier, two members with one constant) load, and it reaches the model with every {@code review}; both are
 * null where the descriptor leaves them out.
 */
class JavaNameAndReviewTest {

    private final LoadResult result =
            new DescriptorLoader().load(List.of(TestPaths.sourceTestResources().resolve("good/java-names")));
    private final ApiModel model = result.model().orElseThrow(() -> new AssertionError(result.diagnostics()));

    @Test
    void loadsWithoutAnyDiagnostic() {
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void carriesJavaNamesAndReviewsOfPropertiesLinksAndEmbeddedResources() {
        Resource call = model.resource("call").orElseThrow();
        assertThat(call.review()).isEqualTo("Imported from the reference page; check the descriptions.");
        assertThat(call.properties()).extracting(Property::name, Property::javaName, Property::review).containsExactly(
                tuple("class", "callClass", null),
                tuple("hashCode", "callHash", "The reference does not say how the hash is computed."),
                tuple("state", null, null));
        assertThat(call.links()).extracting(ResourceLink::rel, ResourceLink::javaName, ResourceLink::review)
                .containsExactly(
                        tuple("self", null, null),
                        tuple("3pcc", "thirdPartyCallControl", "Link name guessed from a sample."));
        assertThat(call.embedded()).extracting(Embedded::key, Embedded::javaName, Embedded::review)
                .containsExactly(tuple("default", "defaultCallee", "Embedded only in some payloads."));
        assertThat(model.resource("callee").orElseThrow().review()).isNull();
    }

    @Test
    void carriesJavaNamesAndReviewsOfOperationsAndParameters() {
        Operation post = model.resource("call").orElseThrow().operations().get(0);
        assertThat(post.review()).isEqualTo("Status not confirmed.");
        assertThat(post.parameters()).extracting(Parameter::name, Parameter::javaName, Parameter::review)
                .containsExactly(
                        tuple("public", "isPublic", "Not in every sample."),
                        tuple("to", null, null));
    }

    @Test
    void carriesJavaNamesOfEnumerationMembers() {
        assertThat(model.enumeration("CallState").orElseThrow().members())
                .extracting(EnumMember::name, EnumMember::javaName)
                .containsExactly(tuple("1080p", "P1080"), tuple("InLobby", null), tuple("in-lobby", "IN_LOBBY_DASHED"));
    }

    @Test
    void constructorsWithoutTheNewComponentsLeaveThemNull() {
        SourceLocation at = SourceLocation.ofFile("x.yaml");
        Type string = new Type.Scalar(Type.Kind.STRING);
        assertThat(new Property(at, "subject", string, "")).extracting(Property::javaName, Property::review)
                .containsExactly(null, null);
        assertThat(new ResourceLink(at, "self", "self", false, "")).extracting(ResourceLink::javaName,
                ResourceLink::review).containsExactly(null, null);
        assertThat(new Embedded(at, "participant", "participant", true, "")).extracting(Embedded::javaName,
                Embedded::review).containsExactly(null, null);
        assertThat(new Parameter(at, "to", string, true, "")).extracting(Parameter::javaName, Parameter::review)
                .containsExactly(null, null);
        assertThat(new EnumMember(at, "On", "").javaName()).isNull();
        assertThat(new Operation(at, "GET", "", List.of(), null, null, List.of()).review()).isNull();
        assertThat(new Resource(at, "x.yaml", "x", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()).review()).isNull();
    }
}
