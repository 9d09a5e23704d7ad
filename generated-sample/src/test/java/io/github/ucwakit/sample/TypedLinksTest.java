package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.LinkTo;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code XLinks} constants: each reads its link from a resource read from the seed page's conversation,
 * and names the class its target is read into (generated, or the generic resource for an undescribed rel).
 */
class TypedLinksTest {

    private static final SeedPage SEED = SeedPage.load();

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void aConstantReadsItsLinkFromTheResourceItIsDeclaredOn() {
        Conversation conversation = codec.read(SEED.getJsonResponse(), PayloadFormat.JSON, Conversation.class);

        assertThat(ConversationLinks.MESSAGING.link(conversation)).isEqualTo(conversation.messagingLink());
        assertThat(ConversationLinks.MESSAGING.link(conversation)).isPresent();
        assertThat(ConversationLinks.SELF.link(conversation)).isEqualTo(conversation.self());
        assertThat(ConversationLinks.ADD_PARTICIPANT.links(conversation))
                .containsExactly(conversation.addParticipantLink().orElseThrow());
        assertThat(ConversationLinks.USER_ACKNOWLEDGED.link(Conversation.builder().build())).isEmpty();
    }

    @Test
    void eachConstantNamesItsRelItsSourceAndItsTarget() {
        LinkTo<Conversation, Messaging> messaging = ConversationLinks.MESSAGING;
        assertThat(messaging.rel()).isEqualTo("messaging");
        assertThat(messaging.sourceType()).isEqualTo(Conversation.class);
        assertThat(messaging.targetRel()).isEqualTo("messaging");
        assertThat(messaging.targetType()).isEqualTo(Messaging.class);
        assertThat(messaging.isArray()).isFalse();
        assertThat(ConversationLinks.SELF.targetType()).isEqualTo(Conversation.class);
        assertThat(ConversationLinks.SELF.targetRel()).isEqualTo("conversation");
        assertThat(ConversationLinks.AUDIO_VIDEO.targetType()).isEqualTo(GenericResource.class);
        assertThat(messaging).hasToString("LinkTo[Conversation.messaging -> messaging (Messaging)]");
    }

    @Test
    void anArrayConstantGivesEveryLinkAndRefusesToPickOne() {
        Link first = Link.of("failedDeliveryParticipant", "/participants/1");
        Link second = Link.of("failedDeliveryParticipant", "/participants/2");
        Message two = Message.builder().failedDeliveryParticipantLinks(List.of(first, second)).build();
        Message one = Message.builder().failedDeliveryParticipantLinks(List.of(first)).build();

        assertThat(MessageLinks.FAILED_DELIVERY_PARTICIPANT.isArray()).isTrue();
        assertThat(MessageLinks.FAILED_DELIVERY_PARTICIPANT.links(two)).containsExactly(first, second);
        assertThat(MessageLinks.FAILED_DELIVERY_PARTICIPANT.link(one)).contains(first);
        assertThat(MessageLinks.FAILED_DELIVERY_PARTICIPANT.link(Message.builder().build())).isEmpty();
        assertThatThrownBy(() -> MessageLinks.FAILED_DELIVERY_PARTICIPANT.link(two))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 'failedDeliveryParticipant' links");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void equalityIsByRelClassesAndCardinalityAndAWrongSourceFailsEvenThroughRawTypes() {
        LinkTo<Conversation, Messaging> same = LinkTo.single("messaging", Conversation.class, "messaging",
                Messaging.class, c -> c.messagingLink());
        assertThat(same).isEqualTo(ConversationLinks.MESSAGING).hasSameHashCodeAs(ConversationLinks.MESSAGING);
        assertThat(ConversationLinks.MESSAGING).isNotEqualTo(MessageLinks.MESSAGING);
        assertThat(LinkTo.array("messaging", Conversation.class, "messaging", Messaging.class, c -> List.of()))
                .isNotEqualTo(same);

        LinkTo raw = ConversationLinks.MESSAGING;
        assertThatThrownBy(() -> raw.link(Message.builder().build())).isInstanceOf(ClassCastException.class);
    }
}
