package io.github.ucwakit.generator.naming;

import static io.github.ucwakit.generator.testing.Models.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names and targets of the typed links classes, {@code <Resource>Links}. */
class LinksPlannerTest {

    private static final String PKG = "com.example.ucwa";

    private static NamingPlan plan(Resource... resources) {
        return new NamingPlanner().plan(new ApiModel(List.of(resources), List.of()), PKG);
    }

    private static ClassName type(String simpleName) {
        return ClassName.get(PKG, simpleName);
    }

    @Test
    void selfComesFirstThenEveryLinkInDescriptorOrderNamedLikeItsAccessorWithoutLink() {
        NamingPlan plan = plan(resource("conversation").link("self").link("addParticipant").arrayLink("person")
                .build(), resource("person").build(), resource("addParticipant").build());

        LinksPlan links = plan.links().stream().filter(l -> l.resource().name().equals("conversation")).findFirst()
                .orElseThrow();
        assertThat(links.className()).isEqualTo(type("ConversationLinks"));
        assertThat(links.sourceType()).isEqualTo(type("Conversation"));
        assertThat(links.constants()).extracting(LinksPlan.LinkConstant::constant)
                .containsExactly("SELF", "ADD_PARTICIPANT", "PERSON");
        assertThat(links.constants()).extracting(LinksPlan.LinkConstant::accessor)
                .containsExactly("self", "addParticipantLink", "personLinks");
        assertThat(links.constants()).extracting(LinksPlan.LinkConstant::array).containsExactly(false, false, true);
        assertThat(links.constants()).extracting(LinksPlan.LinkConstant::targetType)
                .containsExactly(type("Conversation"), type("AddParticipant"), type("Person"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void theTargetIsTheResourceTheDescriptorNamesOrTheGenericResourceWhenUndescribed() {
        NamingPlan plan = plan(resource("presenceSubscription").link("memberships", "presenceSubscriptionMemberships")
                .link("contact").build(), resource("presenceSubscriptionMemberships").build());

        List<LinksPlan.LinkConstant> constants = plan.links().get(0).constants();
        assertThat(constants).extracting(LinksPlan.LinkConstant::targetRel)
                .containsExactly("presenceSubscription", "presenceSubscriptionMemberships", "contact");
        assertThat(constants).extracting(LinksPlan.LinkConstant::targetType).containsExactly(
                type("PresenceSubscription"), type("PresenceSubscriptionMemberships"),
                ClassName.get(GenericResource.class));
    }

    @Test
    void aJavaNameNamesTheConstantAndCollidingConstantsAreNumberedWithAWarning() {
        NamingPlan plan = plan(resource("thing").namedLink("class", "className").link("fooBar").link("foo_bar")
                .build());

        assertThat(plan.links().get(0).constants()).extracting(LinksPlan.LinkConstant::constant)
                .containsExactly("SELF", "CLASS_NAME", "FOO_BAR", "FOO_BAR_2");
        assertThat(plan.warnings()).extracting(Diagnostic::toString).anySatisfy(w -> assertThat(w)
                .contains("link foo_bar of resource thing is generated as constant ThingLinks.FOO_BAR_2: FOO_BAR is"
                        + " already used [java-rename]"));
    }

    @Test
    void aLinksClassNeverTakesTheNameOfAnotherClassAndSaysSo() {
        NamingPlan plan = plan(resource("conversation").build(), resource("conversationLinks").build());

        assertThat(plan.resource("conversationLinks").orElseThrow().className()).isEqualTo(type("ConversationLinks"));
        assertThat(plan.links()).extracting(LinksPlan::className)
                .containsExactly(type("ConversationLinks2"), type("ConversationLinksLinks"));
        assertThat(plan.warnings()).extracting(Diagnostic::toString).containsExactly(
                "conversation.yaml:1:3: warning: links class of resource conversation is generated as class"
                        + " ConversationLinks2: ConversationLinks is already used by another class (names that differ"
                        + " only in case collide) [java-rename]");
    }
}
