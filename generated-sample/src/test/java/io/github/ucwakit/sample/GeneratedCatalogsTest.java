package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventDescription;
import io.github.ucwakit.runtime.events.EventPriority;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import org.junit.jupiter.api.Test;

/** The conversation descriptor's events, operations and errors, as the generated catalogs give them. */
class GeneratedCatalogsTest {

    private static final SeedPage SEED = SeedPage.load();

    @Test
    void conversationEventsAreSentByCommunicationWithHighPriority() {
        assertThat(ConversationEvents.CATALOG.descriptions()).containsExactly(
                ConversationEvents.ADDED, ConversationEvents.UPDATED, ConversationEvents.DELETED);
        for (EventDescription event : ConversationEvents.CATALOG.descriptions()) {
            assertThat(event.resource()).isEqualTo(Conversation.REL);
            assertThat(event.priority()).contains(EventPriority.HIGH);
            assertThat(event.sender()).contains("communication");
        }
        assertThat(ConversationEvents.DELETED.type()).isEqualTo(EventType.DELETED);
        assertThat(MessageEvents.STARTED.type()).isEqualTo(EventType.STARTED);
        assertThat(CommunicationEvents.UPDATED.priority()).contains(EventPriority.MEDIUM);
    }

    @Test
    void conversationGetReadsTheSeedResponseIntoTheConversationClass() {
        UcwaCodec codec = UcwaCodec.create();
        assertThat(ConversationOperations.GET.method()).isEqualTo(HttpMethod.GET);
        assertThat(ConversationOperations.GET.resource()).isEqualTo("conversation");
        assertThat(ConversationOperations.GET.successStatus()).hasValue(200);
        assertThat(ConversationOperations.GET.errors().entries()).hasSize(5)
                .contains(ErrorEntries.GONE_CANNOT_REDIRECT);
        Conversation conversation = ConversationOperations.GET.readResponse(SEED.getJsonResponse(), PayloadFormat.JSON,
                codec);
        assertThat(conversation.threadId()).isEqualTo("534e445ee854436a8abe02c24985f78a");

        UcwaRequest get = ConversationOperations.GET.request(conversation.self().orElseThrow(), PayloadFormat.XML);
        assertThat(get.method()).isEqualTo(HttpMethod.GET);
        assertThat(get.href()).isEqualTo(conversation.self().orElseThrow().href());
        assertThat(get.body()).isEmpty();
        assertThat(get.header("Accept")).contains("application/xml");
    }

    @Test
    void conversationDeleteReturnsNoBody() {
        assertThat(ConversationOperations.DELETE.successStatus()).hasValue(204);
        assertThat(ConversationOperations.DELETE.responseType()).isEmpty();
        assertThat(ConversationOperations.DELETE.errors().entries())
                .containsExactly(ErrorEntries.GONE_CANNOT_REDIRECT);
        UcwaRequest delete = ConversationOperations.DELETE.request(Link.of("self", "/conversations/1"),
                PayloadFormat.JSON);
        assertThat(delete.method()).isEqualTo(HttpMethod.DELETE);
    }

    @Test
    void theEventChannelGetReturnsTheEventsResource() {
        Class<? extends UcwaResource> type = EventsOperations.GET.responseType().orElseThrow();
        assertThat(type).isEqualTo(Events.class);
    }
}
