package io.github.ucwakit.generator.naming;

import static io.github.ucwakit.generator.testing.Models.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of the events, errors, operations and request-body classes and of the constants inside them. */
class CatalogNamingTest {

    private static NamingPlan plan(Resource... resources) {
        return new NamingPlanner().plan(new ApiModel(List.of(resources), List.of()), "com.example");
    }

    private static CatalogPlan catalog(NamingPlan plan, String rel) {
        return plan.catalogs().stream().filter(c -> c.resource().name().equals(rel)).findFirst().orElseThrow();
    }

    @Test
    void aResourceWithEventsAndOperationsGetsItsCatalogClasses() {
        NamingPlan plan = plan(resource("addParticipant").event("started", "conversation")
                .operation("POST", "to!:string", "operationId:string").operation("PUT", "subject:string").build());
        CatalogPlan catalog = catalog(plan, "addParticipant");
        assertThat(catalog.eventsClass().simpleName()).isEqualTo("AddParticipantEvents");
        assertThat(plan.errorEntries().simpleName()).isEqualTo("ErrorEntries");
        assertThat(catalog.operationsClass().simpleName()).isEqualTo("AddParticipantOperations");
        assertThat(catalog.inputs()).extracting(input -> input.className().simpleName())
                .containsExactly("AddParticipantInput", "AddParticipantPutInput");
        assertThat(catalog.events()).extracting(EventPlan::constant).containsExactly("STARTED");
        assertThat(catalog.operations()).extracting(OperationPlan::constant).containsExactly("POST", "PUT");
        assertThat(catalog.operations().get(0).errors()).extracting(ErrorRowPlan::constant)
                .containsExactly("CONFLICT_NONE");
        assertThat(catalog.operations().get(1).errors()).extracting(ErrorRowPlan::constant)
                .containsExactly("CONFLICT_NONE");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void errorRowsWithTheSameContentsShareOneConstantAndOthersAreNumbered() {
        NamingPlan plan = plan(resource("conversation").operation("GET").build(),
                resource("contact").operation("GET").build());
        assertThat(plan.catalogs()).flatExtracting(CatalogPlan::operations).flatExtracting(OperationPlan::errors)
                .extracting(ErrorRowPlan::constant).containsExactly("CONFLICT_NONE", "CONFLICT_NONE");
    }

    @Test
    void aResourceWithoutEventsOrOperationsGetsNoCatalogClass() {
        CatalogPlan catalog = catalog(plan(resource("note").property("message", "string").build()), "note");
        assertThat(catalog.eventsClass()).isNull();
        assertThat(catalog.operationsClass()).isNull();
        assertThat(catalog.inputs()).isEmpty();
    }

    @Test
    void aPutWhoseParametersAreAllPropertiesSendsTheResourceAndGetsNoInputClass() {
        CatalogPlan same = catalog(plan(resource("communication").property("phoneNumber", "string")
                .operation("PUT", "phoneNumber:string").build()), "communication");
        assertThat(same.inputs()).isEmpty();
        CatalogPlan retyped = catalog(plan(resource("communication").property("phoneNumber", "string")
                .operation("PUT", "phoneNumber:int").build()), "communication");
        assertThat(retyped.inputs()).extracting(input -> input.className().simpleName())
                .containsExactly("CommunicationPutInput");
    }

    @Test
    void getAndDeleteTakeNoInputClassNorDoesAPostWithoutParameters() {
        CatalogPlan catalog = catalog(plan(resource("conversation").operation("GET").operation("DELETE")
                .operation("POST").build()), "conversation");
        assertThat(catalog.inputs()).isEmpty();
    }

    @Test
    void resourceClassesKeepTheirNamesAndCatalogClassesAreNumbered() {
        NamingPlan plan = plan(resource("conversation").event("added", "communication").build(),
                resource("conversationEvents").build());
        assertThat(plan.resource("conversationEvents").orElseThrow().className().simpleName())
                .isEqualTo("ConversationEvents");
        assertThat(catalog(plan, "conversation").eventsClass().simpleName()).isEqualTo("ConversationEvents2");
        assertThat(plan.warnings()).extracting(Diagnostic::message).containsExactly(
                "events class of resource conversation is generated as class ConversationEvents2:"
                        + " ConversationEvents is already used by another class (names that differ only in case"
                        + " collide)");
    }

    @Test
    void aRepeatedEventTypeIsNumberedWithAWarning() {
        NamingPlan plan = plan(resource("participant").event("added", "conversation")
                .event("added", "onlineMeeting").build());
        assertThat(catalog(plan, "participant").events()).extracting(EventPlan::constant)
                .containsExactly("ADDED", "ADDED_2");
        assertThat(plan.warnings()).hasSize(1);
    }

    @Test
    void parametersNamedLikeGeneratedMembersAreEscaped() {
        NamingPlan plan = plan(resource("thing").operation("POST", "class:string", "writeTo:string",
                "builder:int").build());
        assertThat(catalog(plan, "thing").inputs().get(0).parameters()).extracting(ParameterPlan::accessor)
                .containsExactly("classValue", "writeToValue", "builderValue");
    }

    @Test
    void aParameterTakesItsJavaNameWhenTheDescriptorGivesOne() {
        Resource base = resource("thing").operation("POST", "to:string").build();
        Operation post = base.operations().get(0);
        Parameter to = post.parameters().get(0);
        Parameter renamed = new Parameter(
                to.location(), to.name(), to.type(), to.required(), to.description(), "recipient", null);
        Operation withJavaName = new Operation(
                post.location(), post.method(), post.description(), List.of(renamed), null, null, post.errors());
        Resource thing = new Resource(base.location(), base.sourceFile(), base.name(), base.description(),
                base.properties(), base.links(), base.embedded(), base.events(), List.of(withJavaName),
                base.scopes());
        assertThat(catalog(plan(thing), "thing").inputs().get(0).parameters()).extracting(ParameterPlan::accessor)
                .containsExactly("recipient");
    }
}
