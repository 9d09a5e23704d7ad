package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.api.Conversation;
import io.github.ucwakit.api.ConversationLinks;
import io.github.ucwakit.api.Participants;
import io.github.ucwakit.client.errors.MissingLinkException;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Following typed links: the target's class comes from the link, an undescribed one is generic, an absent one is told. */
class NavigationTest {

    private static final String CONVERSATION = "/ucwa/oauth/v1/applications/105/communication/conversations/1";

    private static Conversation conversation() {
        return Conversation.builder()
                .self(Link.of("self", CONVERSATION))
                .participantsLink(Link.of("participants", CONVERSATION + "/participants"))
                .onlineMeetingLink(Link.of("onlineMeeting", CONVERSATION + "/onlineMeeting"))
                .subject("Lunch?")
                .build();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aLinkIsReadIntoItsTargetClass(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            s.server().on(CONVERSATION + "/participants", s.ucwa().authorized(request -> s.ucwa().body(200,
                    Participants.builder().self(Link.of("self", CONVERSATION + "/participants")).build())));
            s.server().on(CONVERSATION, s.ucwa().authorized(request -> s.ucwa().body(200, conversation())
                    .header("ETag", "\"c1\"")));

            Participants participants = s.client().follow(conversation(), ConversationLinks.PARTICIPANTS);
            Tagged<Conversation> self = s.client().followTagged(conversation(), ConversationLinks.SELF);
            Participants async = s.client().followAsync(conversation(), ConversationLinks.PARTICIPANTS)
                    .get(10, TimeUnit.SECONDS);

            assertThat(participants.self().map(Link::href)).contains(CONVERSATION + "/participants");
            assertThat(async).isEqualTo(participants);
            assertThat(self.value().subject()).isEqualTo("Lunch?");
            assertThat(self.etag()).contains("\"c1\"");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aLinkToAnUndescribedResourceGivesAGenericResource(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            s.server().on(CONVERSATION + "/onlineMeeting", s.ucwa().authorized(request -> s.ucwa().body(200,
                    GenericResource.builder().rel("onlineMeeting").self(Link.of("self", CONVERSATION + "/onlineMeeting"))
                            .build())));

            GenericResource onlineMeeting = s.client().follow(conversation(), ConversationLinks.ONLINE_MEETING);

            assertThat(ConversationLinks.ONLINE_MEETING.targetType()).isEqualTo(GenericResource.class);
            assertThat(onlineMeeting.rel()).isEqualTo("onlineMeeting");
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void anAbsentLinkIsEmptyOrMissing(PayloadFormat format) throws Exception {
        try (SignedIn s = SignedIn.start(format, b -> b)) {
            Conversation withoutLinks = Conversation.builder().subject("Lunch?").build();

            assertThat(s.client().followIfPresent(withoutLinks, ConversationLinks.PARTICIPANTS)).isEmpty();
            assertThatThrownBy(() -> s.client().follow(withoutLinks, ConversationLinks.PARTICIPANTS))
                    .isInstanceOfSatisfying(MissingLinkException.class,
                            e -> assertThat(e.rel()).isEqualTo("participants"))
                    .hasMessageContaining("conversation");
            assertThat(s.server().requests()).noneMatch(r -> r.path().startsWith(CONVERSATION));
        }
    }
}
