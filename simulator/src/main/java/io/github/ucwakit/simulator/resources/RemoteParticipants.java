package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import io.github.ucwakit.simulator.world.World;
import java.util.Objects;

/**
 * What the people on the other side of a conversation do, for tests to script: a remote participant sends a message
 * to the application, or leaves. Each logs the events "Receive an IM" shows: an incoming message is a
 * {@code completed message} event from the conversation with the message embedded ({@code direction} Incoming); a
 * participant leaving is {@code deleted participant} from the conversation, then {@code updated conversation} from
 * communication. Conversations are named by their href, as clients see them. Thread-safe.
 */
public final class RemoteParticipants {

    private final World world;

    public RemoteParticipants(World world) {
        this.world = Objects.requireNonNull(world, "world");
    }

    /**
     * A remote participant sends a message in a conversation.
     *
     * @param conversationHref the conversation's href ({@code /ucwa/oauth/v1/applications/101/communication/...})
     * @param from the participant's SIP URI or sign-in address
     * @return the href of the message
     * @throws IllegalArgumentException when there is no such conversation or participant, or messaging is stopped
     */
    public String sendMessage(String conversationHref, String from, String text) {
        Objects.requireNonNull(text, "text");
        SimApplication app = application(conversationHref);
        SimConversation conversation = conversation(app, conversationHref);
        return app.locked(() -> {
            Person sender = participant(conversation, from);
            if (!conversation.messagingState().equals("Connected")) {
                throw new IllegalArgumentException("messaging is not connected in " + conversationHref);
            }
            SimConversation.Message message = app.addMessage(conversation, "Incoming", sender.id(), text, null);
            new ChangeEvents(app, world.directory().me()).messageCompleted(conversation, message, sender);
            return app.hrefs().message(conversation.id(), message.number());
        });
    }

    /**
     * A remote participant leaves a conversation.
     *
     * @throws IllegalArgumentException when there is no such conversation or participant
     */
    public void leave(String conversationHref, String who) {
        SimApplication app = application(conversationHref);
        SimConversation conversation = conversation(app, conversationHref);
        app.locked(() -> {
            Person person = participant(conversation, who);
            app.removeParticipant(conversation, person);
            ChangeEvents events = new ChangeEvents(app, world.directory().me());
            events.fromConversation(conversation, Event.builder(EventType.DELETED, Link.of("participant",
                    app.hrefs().participant(conversation.id(), person.id()), person.name())).build());
            events.conversation(EventType.UPDATED, conversation);
            return null;
        });
    }

    private SimApplication application(String conversationHref) {
        String prefix = Hrefs.APPLICATIONS + "/";
        if (!conversationHref.startsWith(prefix)) {
            throw new IllegalArgumentException("not a conversation href: " + conversationHref);
        }
        String id = conversationHref.substring(prefix.length()).split("/", 2)[0];
        return world.application(id).orElseThrow(() -> new IllegalArgumentException("no application " + id));
    }

    private static SimConversation conversation(SimApplication app, String conversationHref) {
        return app.conversations().stream()
                .filter(conversation -> app.hrefs().conversation(conversation.id()).equals(conversationHref))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conversation " + conversationHref));
    }

    private static Person participant(SimConversation conversation, String address) {
        String id = Person.idOf(address);
        return conversation.remoteParticipants().stream()
                .filter(person -> person.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(address + " is not in the conversation"));
    }
}
