package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Invitation;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import io.github.ucwakit.simulator.world.World;
import java.util.List;
import java.util.Objects;

/**
 * A contact inviting the application to a messaging conversation, as "Receive an IM" walks through it: the
 * invitation is a {@code started messagingInvitation} event from communication with the invitation embedded
 * ({@code direction} Incoming, {@code accept} and {@code decline} links), then {@code added conversation}
 * ({@code Connecting}). A POST on {@code accept} answers {@code 204} and connects the conversation, logging
 * {@code added localParticipant}, {@code updated conversation} ({@code Connected}), {@code added participant},
 * {@code updated messaging} and {@code completed messagingInvitation} ({@code Success}). Thread-safe.
 */
public final class IncomingInvitations {

    private static final String INVITATION = Hrefs.PREFIX + "/communication/messagingInvitations/{invitation}";

    private final World world;

    public IncomingInvitations(World world) {
        this.world = Objects.requireNonNull(world, "world");
    }

    /**
     * A contact invites the most recently created application to a messaging conversation.
     *
     * @param from the contact's SIP URI or sign-in address
     * @param subject the conversation's subject, or {@code null}
     * @return the href of the conversation, as the application will see it
     * @throws IllegalArgumentException when no application exists or {@code from} is not a contact
     */
    public String inviteToMessaging(String from, String subject) {
        List<SimApplication> applications = world.applications();
        if (applications.isEmpty()) {
            throw new IllegalArgumentException("no application to invite: sign in first");
        }
        SimApplication app = applications.get(applications.size() - 1);
        Person sender = world.directory().contact(from)
                .orElseThrow(() -> new IllegalArgumentException(from + " is not a contact"));
        Person me = world.directory().me();
        return app.locked(() -> {
            SimConversation conversation = app.startConversation(subject, "Normal", null);
            Invitation invitation = app.newInvitation(Invitation.INCOMING_MESSAGING, conversation.id(),
                    sender.id(), null);
            ChangeEvents events = new ChangeEvents(app, me);
            events.fromCommunication(EventType.STARTED, "messagingInvitation",
                    app.hrefs().messagingInvitation(invitation.id()),
                    view(app, invitation, conversation, sender, "Connecting", true), null);
            events.conversation(EventType.ADDED, conversation);
            return app.hrefs().conversation(conversation.id());
        });
    }

    /** Registers {@code accept} on incoming messaging invitations. */
    static void register(RouteContext context) {
        context.operation("POST", INVITATION + "/accept", ErrorCatalog.of(), request -> accept(context, request));
    }

    private static SimResponse accept(RouteContext context, SimRequest request) {
        SimApplication app = context.application(request);
        Person me = context.world.directory().me();
        app.locked(() -> {
            Invitation invitation = app.invitation(request.pathParameter("invitation"))
                    .filter(found -> found.kind().equals(Invitation.INCOMING_MESSAGING))
                    .orElseThrow(() -> Failures.notFound(request.path()));
            SimConversation conversation = app.conversation(invitation.conversationId())
                    .orElseThrow(() -> Failures.gone("The conversation of this invitation was left."));
            if (conversation.state().equals("Connected")) {
                return null; // accepting twice changes nothing
            }
            Person sender = context.world.directory().find(invitation.personId())
                    .orElseThrow(() -> Failures.notFound(request.path()));
            ChangeEvents events = new ChangeEvents(app, me);
            events.localParticipantAdded(conversation);
            app.connect(conversation, sender);
            events.conversation(EventType.UPDATED, conversation);
            events.participantAdded(conversation, sender);
            events.messagingUpdated(conversation);
            events.fromCommunication(EventType.COMPLETED, "messagingInvitation",
                    app.hrefs().messagingInvitation(invitation.id()),
                    view(app, invitation, conversation, sender, "Connected", false), "Success");
            return null;
        });
        return SimResponse.empty(204);
    }

    private static GenericResource view(SimApplication app, Invitation invitation, SimConversation conversation,
            Person sender, String state, boolean answerable) {
        Hrefs h = app.hrefs();
        String href = h.messagingInvitation(invitation.id());
        String id = conversation.id();
        UnknownMembers.Builder members = UnknownMembers.builder()
                .property("direction", new PropertyValue.Text("Incoming"))
                .property("importance", new PropertyValue.Text(conversation.importance()))
                .property("threadId", new PropertyValue.Text(conversation.threadId()))
                .property("state", new PropertyValue.Text(state));
        if (conversation.subject() != null) {
            members.property("subject", new PropertyValue.Text(conversation.subject()));
        }
        if (answerable) {
            members.link(Link.of("accept", href + "/accept")).link(Link.of("decline", href + "/decline"));
        }
        members.link(Link.of("from", h.participant(id, sender.id()), sender.name()))
                .link(Link.of("conversation", h.conversation(id)))
                .link(Link.of("messaging", h.messaging(id)));
        return GenericResource.builder()
                .rel("messagingInvitation")
                .self(Link.of("self", href))
                .unknownMembers(members.build())
                .build();
    }
}
