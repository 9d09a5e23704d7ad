package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.AddParticipantInput;
import io.github.ucwakit.api.AddParticipantInputBinding;
import io.github.ucwakit.api.AddParticipantOperations;
import io.github.ucwakit.api.ConversationOperations;
import io.github.ucwakit.api.ConversationsOperations;
import io.github.ucwakit.api.MessageOperations;
import io.github.ucwakit.api.MessagingOperations;
import io.github.ucwakit.api.ParticipantInvitationOperations;
import io.github.ucwakit.api.ParticipantOperations;
import io.github.ucwakit.api.StartMessagingInput;
import io.github.ucwakit.api.StartMessagingInputBinding;
import io.github.ucwakit.api.StartMessagingOperations;
import io.github.ucwakit.api.StopMessagingOperations;
import io.github.ucwakit.runtime.DataUri;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.runtime.operations.RequestBodies;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.Formats;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Invitation;
import io.github.ucwakit.simulator.world.Person;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.SimConversation;
import java.util.Optional;

/**
 * Conversations and instant messaging, as "Send an IM" walks through them: {@code startMessaging} creates a
 * {@code messagingInvitation} and a conversation that the invited contact joins at once; {@code addParticipant}
 * invites another contact ({@code 409 AlreadyExists} for one already in); {@code sendMessage} posts a message;
 * {@code stopMessaging} ends the messaging modality; DELETE on the conversation leaves it, after which it and
 * everything under it answer {@code 410 Gone}. Each change logs the events the reference shows.
 */
final class ConversationRoutes {

    private static final String CONVERSATION = Hrefs.PREFIX + "/communication/conversations/{conversation}";
    private static final ErrorCatalog UNDOCUMENTED = ErrorCatalog.of();

    private final RouteContext context;

    ConversationRoutes(RouteContext context) {
        this.context = context;
    }

    void register() {
        context.operation("GET", Hrefs.PREFIX + "/communication/conversations", ConversationsOperations.GET.errors(),
                request -> context.renderer.resource(200, ConversationViews.conversations(
                        context.application(request)), request));
        context.operation("POST", Hrefs.PREFIX + "/communication/messagingInvitations",
                StartMessagingOperations.POST.errors(), this::startMessaging);
        context.operation("GET", Hrefs.PREFIX + "/communication/messagingInvitations/{invitation}", UNDOCUMENTED,
                this::messagingInvitation);
        context.operation("GET", Hrefs.PREFIX + "/communication/participantInvitations/{invitation}",
                ParticipantInvitationOperations.GET.errors(), this::participantInvitation);
        context.operation("GET", CONVERSATION, ConversationOperations.GET.errors(), request -> on(request,
                (app, conversation) -> context.renderer.resource(200,
                        ConversationViews.conversation(app, conversation, me()), request)));
        context.operation("DELETE", CONVERSATION, ConversationOperations.DELETE.errors(), this::leave);
        context.operation("GET", CONVERSATION + "/participants", UNDOCUMENTED, request -> on(request,
                (app, conversation) -> context.renderer.resource(200,
                        ConversationViews.participants(app, conversation), request)));
        context.operation("GET", CONVERSATION + "/participants/{person}", ParticipantOperations.GET.errors(),
                this::participant);
        context.operation("POST", CONVERSATION + "/addParticipant", AddParticipantOperations.POST.errors(),
                this::addParticipant);
        context.operation("GET", CONVERSATION + "/messaging", MessagingOperations.GET.errors(), request -> on(request,
                (app, conversation) -> context.renderer.resource(200,
                        ConversationViews.messaging(app, conversation), request)));
        context.operation("POST", CONVERSATION + "/messaging/messages", UNDOCUMENTED, this::sendMessage);
        context.operation("GET", CONVERSATION + "/messaging/messages/{message}", MessageOperations.GET.errors(),
                this::message);
        context.operation("POST", CONVERSATION + "/messaging/terminate", StopMessagingOperations.POST.errors(),
                this::stopMessaging);
    }

    private SimResponse startMessaging(SimRequest request) {
        SimApplication app = context.application(request);
        StartMessagingInput input = RequestBodies.read(request.bodyText(), request.bodyFormat(),
                StartMessagingInputBinding.INSTANCE);
        Person to = contact(input.to());
        Optional<String> text = Optional.ofNullable(input.message()).map(ConversationRoutes::text);
        Person me = me();
        ChangeEvents events = new ChangeEvents(app, me);
        Invitation invitation = app.locked(() -> {
            SimConversation conversation = app.startConversation(input.subject(),
                    input.importance() == null ? "Normal" : input.importance().value(), input.threadId());
            Invitation created = app.newInvitation(Invitation.MESSAGING, conversation.id(), to.id(),
                    input.operationId());
            String href = app.hrefs().messagingInvitation(created.id());
            events.fromCommunication(EventType.STARTED, "messagingInvitation", href, InvitationViews
                    .messagingInvitation(app, created, conversation, me, to, "Connecting"), null);
            events.conversation(EventType.ADDED, conversation);
            events.localParticipantAdded(conversation);
            events.messagingUpdated(conversation);
            app.connect(conversation, to);
            events.conversation(EventType.UPDATED, conversation);
            events.participantAdded(conversation, to);
            events.messagingUpdated(conversation);
            events.fromCommunication(EventType.COMPLETED, "messagingInvitation", href, InvitationViews
                    .messagingInvitation(app, created, conversation, me, to, "Connected"), "Success");
            text.ifPresent(message -> events.messageCompleted(conversation,
                    app.addMessage(conversation, "Outgoing", me.id(), message, input.operationId()), me));
            return created;
        });
        return SimResponse.empty(201).withHeader("Location", app.hrefs().messagingInvitation(invitation.id()));
    }

    private SimResponse messagingInvitation(SimRequest request) {
        SimApplication app = context.application(request);
        Invitation invitation = invitation(app, request, Invitation.MESSAGING);
        SimConversation conversation = app.conversation(invitation.conversationId())
                .orElseThrow(() -> Failures.gone("The conversation of this invitation was left."));
        String state = conversation.state().equals("Connected") ? "Connected" : "Connecting";
        return context.renderer.resource(200, InvitationViews.messagingInvitation(app, invitation, conversation,
                me(), person(invitation.personId()), state), request);
    }

    private SimResponse participantInvitation(SimRequest request) {
        SimApplication app = context.application(request);
        Invitation invitation = invitation(app, request, Invitation.PARTICIPANT);
        SimConversation conversation = app.conversation(invitation.conversationId())
                .orElseThrow(() -> Failures.gone("The conversation of this invitation was left."));
        return context.renderer.resource(200, InvitationViews.participantInvitation(app, invitation, conversation,
                me(), person(invitation.personId()), true), request);
    }

    private SimResponse participant(SimRequest request) {
        return on(request, (app, conversation) -> {
            String id = Person.idOf(request.pathParameter("person"));
            boolean local = id.equals(me().id());
            Person person = local ? me() : conversation.remoteParticipants().stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> Failures.notFound(request.path()));
            return context.renderer.resource(200, ConversationViews.participant(app, conversation, person, local),
                    request);
        });
    }

    private SimResponse addParticipant(SimRequest request) {
        AddParticipantInput input = RequestBodies.read(request.bodyText(), request.bodyFormat(),
                AddParticipantInputBinding.INSTANCE);
        return on(request, (app, conversation) -> {
            Person to = contact(input.to());
            ChangeEvents events = new ChangeEvents(app, me());
            Invitation invitation = app.locked(() -> {
                if (conversation.hasParticipant(to.id())) {
                    throw Failures.row(AddParticipantOperations.POST.errors(), 409, "Conflict", "AlreadyExists",
                            to.uri() + " is already in the conversation.");
                }
                Invitation created = app.newInvitation(Invitation.PARTICIPANT, conversation.id(), to.id(),
                        input.operationId());
                String href = app.hrefs().participantInvitation(created.id());
                events.fromCommunication(EventType.STARTED, "participantInvitation", href, InvitationViews
                        .participantInvitation(app, created, conversation, me(), to, false), null);
                app.addParticipant(conversation, to);
                events.participantAdded(conversation, to);
                events.conversation(EventType.UPDATED, conversation);
                events.fromCommunication(EventType.COMPLETED, "participantInvitation", href, InvitationViews
                        .participantInvitation(app, created, conversation, me(), to, true), "Success");
                return created;
            });
            return SimResponse.empty(201).withHeader("Location",
                    app.hrefs().participantInvitation(invitation.id()));
        });
    }

    private SimResponse sendMessage(SimRequest request) {
        String contentType = request.header(Formats.CONTENT_TYPE).map(Formats::mediaType).orElse("");
        if (!contentType.equals("text/plain") && !contentType.equals("text/html")) {
            throw Failures.unsupportedMediaType(contentType.isEmpty() ? "(none)" : contentType);
        }
        return on(request, (app, conversation) -> {
            ChangeEvents events = new ChangeEvents(app, me());
            SimConversation.Message message = app.locked(() -> {
                if (!conversation.messagingState().equals("Connected")) {
                    throw Failures.generic(409, "Conflict", null, "Messaging is not connected in this conversation.");
                }
                SimConversation.Message sent = app.addMessage(conversation, "Outgoing", me().id(),
                        request.bodyText(), request.query("OperationContext").orElse(null));
                events.messageCompleted(conversation, sent, me());
                return sent;
            });
            return SimResponse.empty(201).withHeader("Location",
                    app.hrefs().message(conversation.id(), message.number()));
        });
    }

    private SimResponse message(SimRequest request) {
        return on(request, (app, conversation) -> {
            SimConversation.Message message = conversation.messages().stream()
                    .filter(m -> Integer.toString(m.number()).equals(request.pathParameter("message")))
                    .findFirst()
                    .orElseThrow(() -> Failures.notFound(request.path()));
            return context.renderer.resource(200, InvitationViews.message(app, conversation, message,
                    person(message.senderId())), request);
        });
    }

    private SimResponse stopMessaging(SimRequest request) {
        return on(request, (app, conversation) -> {
            app.locked(() -> {
                app.stopMessaging(conversation);
                new ChangeEvents(app, me()).messagingUpdated(conversation);
                return null;
            });
            return SimResponse.empty(204);
        });
    }

    private SimResponse leave(SimRequest request) {
        return on(request, (app, conversation) -> {
            app.locked(() -> {
                app.leave(conversation.id());
                new ChangeEvents(app, me()).conversation(EventType.DELETED, conversation);
                return null;
            });
            return SimResponse.empty(204);
        });
    }

    /** Runs {@code action} on the application and conversation a request names ({@code 410} for one left). */
    private SimResponse on(SimRequest request, ConversationAction action) {
        SimApplication app = context.application(request);
        String id = request.pathParameter("conversation");
        SimConversation conversation = app.conversation(id).orElseThrow(() -> app.hasLeft(id)
                ? Failures.gone("The application left this conversation: " + id)
                : Failures.notFound(request.path()));
        return action.apply(app, conversation);
    }

    private Invitation invitation(SimApplication app, SimRequest request, String kind) {
        return app.invitation(request.pathParameter("invitation"))
                .filter(invitation -> invitation.kind().equals(kind))
                .orElseThrow(() -> Failures.notFound(request.path()));
    }

    private Person contact(String to) {
        if (to == null || to.isBlank()) {
            throw Failures.parameterValidationFailure("to", "to is required.");
        }
        return context.world.directory().contact(to).orElseThrow(() -> Failures.parameterValidationFailure("to",
                "No contact " + to + " in the directory."));
    }

    private Person person(String id) {
        return context.world.directory().find(id).orElseThrow(() -> Failures.serviceFailure("unknown person " + id));
    }

    private Person me() {
        return context.world.directory().me();
    }

    private static String text(Link message) {
        return message.dataUri().map(DataUri::text).orElseThrow(() -> Failures.parameterValidationFailure(
                "message", "message must be a data: URI."));
    }

    @FunctionalInterface
    private interface ConversationAction {
        SimResponse apply(SimApplication app, SimConversation conversation);
    }
}
