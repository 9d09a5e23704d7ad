package io.github.ucwakit.generator.naming;

import static io.github.ucwakit.generator.testing.Models.enumeration;
import static io.github.ucwakit.generator.testing.Models.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamingPlannerTest {

    private static final String PKG = "com.example.ucwa";

    private static NamingPlan plan(List<Resource> resources, List<Enumeration> enumerations) {
        return new NamingPlanner().plan(new ApiModel(resources, enumerations), PKG);
    }

    private static ResourcePlan single(Resource resource) {
        return plan(List.of(resource), List.of()).resources().get(0);
    }

    @Test
    void resourcesGetUpperCamelClassesAndBindings() {
        NamingPlan plan = plan(List.of(resource("onlineMeeting").build()), List.of(enumeration("ConversationState")));
        assertThat(plan.resources().get(0).className()).isEqualTo(ClassName.get(PKG, "OnlineMeeting"));
        assertThat(plan.resources().get(0).bindingName()).isEqualTo(ClassName.get(PKG, "OnlineMeetingBinding"));
        assertThat(plan.enumClass("ConversationState")).isEqualTo(ClassName.get(PKG, "ConversationState"));
        assertThat(plan.provider()).isEqualTo(ClassName.get(PKG, "GeneratedBindings"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void classNamesEqualExceptForCaseAreNumberedInSortedOrder() {
        NamingPlan plan = plan(List.of(resource("conversation").build(), resource("Conversation").build()), List.of());
        assertThat(plan.resource("Conversation").orElseThrow().className().simpleName()).isEqualTo("Conversation");
        assertThat(plan.resource("conversation").orElseThrow().className().simpleName()).isEqualTo("Conversation2");
        assertThat(plan.warnings()).extracting(Diagnostic::toString).containsExactly(
                "conversation.yaml:1:3: warning: resource conversation is generated as class Conversation2:"
                        + " Conversation is already used by another class (names that differ only in case collide) [java-rename]",
                "conversation.yaml:1:3: warning: links class of resource conversation is generated as class"
                        + " ConversationLinks2: ConversationLinks is already used by another class (names that differ"
                        + " only in case collide) [java-rename]");
    }

    @Test
    void resourcesClaimClassNamesBeforeEnumerationsAndBindings() {
        NamingPlan plan = plan(
                List.of(resource("conversation").build(), resource("conversationBinding").build(),
                        resource("state").build()),
                List.of(enumeration("State")));
        assertThat(plan.resource("conversationBinding").orElseThrow().className().simpleName())
                .isEqualTo("ConversationBinding");
        assertThat(plan.resource("conversation").orElseThrow().bindingName().simpleName())
                .isEqualTo("ConversationBinding2");
        assertThat(plan.resource("state").orElseThrow().className().simpleName()).isEqualTo("State");
        assertThat(plan.enumClass("State").simpleName()).isEqualTo("State2");
    }

    @Test
    void reservedClassNamesGetAnUnderscore() {
        NamingPlan plan = plan(List.of(resource("link").build(), resource("generatedBindings").build()),
                List.of(enumeration("String")));
        assertThat(plan.resource("link").orElseThrow().className().simpleName()).isEqualTo("Link_");
        assertThat(plan.resource("link").orElseThrow().bindingName().simpleName()).isEqualTo("Link_Binding");
        assertThat(plan.resource("generatedBindings").orElseThrow().className().simpleName())
                .isEqualTo("GeneratedBindings_");
        assertThat(plan.enumClass("String").simpleName()).isEqualTo("String_");
    }

    @Test
    void propertiesAreLowerCamelWithReservedNamesSuffixedAndCollisionsNumbered() {
        ResourcePlan plan = single(resource("thing")
                .properties("string", "class", "default", "builder", "thread_id", "threadId", "ThreadId")
                .build());
        assertThat(plan.properties()).extracting(PropertyPlan::accessor)
                .containsExactly("classValue", "defaultValue", "builderValue", "threadId", "threadId2", "threadId3");
        assertThat(plan.properties()).extracting(PropertyPlan::presence).containsOnlyNulls();
    }

    @Test
    void aPropertyNamedRelIsLeftToTheResourceRelWithAWarning() {
        NamingPlan plan = plan(List.of(resource("thing").property("rel", "string").property("self", "string")
                .build()), List.of());
        assertThat(plan.resources().get(0).properties()).extracting(PropertyPlan::accessor).containsExactly("selfValue");
        assertThat(plan.warnings()).extracting(Diagnostic::toString).containsExactly(
                "thing.yaml:2:3: warning: property 'rel' of resource thing is not generated: the rel is the"
                        + " resource's own (REL), and an XML 'rel' property stays in unknownMembers() [not-generated]");
    }

    @Test
    void listPropertiesGetPresenceMethods() {
        ResourcePlan plan = single(resource("thing").property("tags", "list<string>").property("hasTags", "boolean")
                .build());
        assertThat(plan.properties().get(0).presence()).isEqualTo("hasTags2");
        assertThat(plan.properties().get(1).accessor()).isEqualTo("hasTags");
    }

    @Test
    void linksAreNamedAfterTheirRelAndSelfIsLeftToSelf() {
        ResourcePlan plan = single(resource("conversation").link("self").link("participants")
                .arrayLink("participant").link("class").build());
        assertThat(plan.links()).extracting(LinkPlan::accessor)
                .containsExactly("participantsLink", "participantLinks", "classLink");
        LinkPlan array = plan.links().get(1);
        assertThat(array.presence()).isEqualTo("hasParticipantLinks");
        assertThat(array.adder()).isEqualTo("addParticipantLink");
        assertThat(plan.links().get(0).presence()).isNull();
        assertThat(plan.links().get(0).adder()).isNull();
    }

    @Test
    void anAdderCollidingWithALinkAccessorIsNumbered() {
        ResourcePlan plan = single(resource("conversation").link("addParticipant").arrayLink("participant").build());
        assertThat(plan.links().get(0).accessor()).isEqualTo("addParticipantLink");
        assertThat(plan.links().get(1).adder()).isEqualTo("addParticipantLink2");
    }

    @Test
    void embeddedKeysTakeAnEmbeddedSuffixWhenTakenAndValueWhenReserved() {
        ResourcePlan plan = single(resource("conversation").property("participant", "string")
                .embedded("participant", "participant", true).embedded("self", "self", false)
                .embedded("localParticipant", "participant", false).build());
        assertThat(plan.embedded()).extracting(EmbeddedPlan::accessor)
                .containsExactly("participantEmbedded", "selfValue", "localParticipant");
        assertThat(plan.embedded().get(0).presence()).isEqualTo("hasParticipantEmbedded");
        assertThat(plan.embedded().get(0).adder()).isEqualTo("addParticipantEmbedded");
        assertThat(plan.embedded().get(2).adder()).isNull();
    }

    @Test
    void embeddedRelsResolveToGeneratedClassesOrGenericResource() {
        NamingPlan plan = plan(List.of(
                resource("conversation").embedded("me", "participant", false).embedded("x", "unknownRel", true)
                        .build(),
                resource("participant").build()), List.of());
        List<EmbeddedPlan> embedded = plan.resource("conversation").orElseThrow().embedded();
        assertThat(embedded.get(0).type()).isEqualTo(ClassName.get(PKG, "Participant"));
        assertThat(embedded.get(0).binding()).isEqualTo(ClassName.get(PKG, "ParticipantBinding"));
        assertThat(embedded.get(1).type()).isEqualTo(ClassName.get(GenericResource.class));
        assertThat(embedded.get(1).isGeneric()).isTrue();
    }

    @Test
    void enumConstantsAreUpperSnakeAndNumberedOnCollision() {
        NamingPlan plan = plan(List.of(),
                List.of(enumeration("ConversationState", "InLobby", "In Lobby", "1080p", "PanoramicVideo", "REL")));
        assertThat(plan.enumerations().get(0).constants()).extracting(EnumPlan.Constant::name)
                .containsExactly("IN_LOBBY", "IN_LOBBY_2", "_1080P", "PANORAMIC_VIDEO", "REL_");
        assertThat(plan.warnings()).extracting(Diagnostic::toString).containsExactly(
                "ConversationState.yaml:5:3: warning: member 'In Lobby' of enumeration ConversationState is"
                        + " generated as constant IN_LOBBY_2: IN_LOBBY is already used by an earlier member [java-rename]");
    }

    @Test
    void namesDoNotDependOnTheOrderOfTheModel() {
        List<Resource> resources = new ArrayList<>(List.of(
                resource("conversation").build(), resource("Conversation").build(), resource("participant").build(),
                resource("PARTICIPANT").build(), resource("state").build()));
        List<Enumeration> enumerations = new ArrayList<>(List.of(enumeration("State"), enumeration("Participant")));
        NamingPlan expected = plan(resources, enumerations);
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(resources, random);
            Collections.shuffle(enumerations, random);
            assertThat(plan(resources, enumerations)).isEqualTo(expected);
        }
    }

    @Test
    void rejectsAnInvalidPackage() {
        ApiModel model = new ApiModel(List.of(), List.of());
        assertThatThrownBy(() -> new NamingPlanner().plan(model, "com.example.class"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.example.class");
    }
}
