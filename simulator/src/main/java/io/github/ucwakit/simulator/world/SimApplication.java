package io.github.ucwakit.simulator.world;

import io.github.ucwakit.api.Communication;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An application the user created: what it was created with, its communication settings with their ETag, its
 * conversations (and those it left), its event log and what its event channel remembers. Changes are made under
 * {@link #lock()}, so that a change and the events it logs are seen together.
 */
public final class SimApplication {

    private final String id;
    private final String userAgent;
    private final String culture;
    private final String endpointId;
    private final Clock clock;
    private final Hrefs hrefs;
    private final EventLog events = new EventLog();
    private final EventChannelState eventChannel = new EventChannelState();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, SimConversation> conversations = new LinkedHashMap<>();
    private final Set<String> left = new TreeSet<>();
    private final Map<String, Invitation> invitations = new LinkedHashMap<>();
    private Communication communication;
    private long communicationVersion = 1;
    private int nextConversation = 1;
    private int nextInvitation = 1;

    SimApplication(String id, String userAgent, String culture, String endpointId, Communication communication,
            Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.userAgent = userAgent;
        this.culture = culture;
        this.endpointId = endpointId;
        this.communication = Objects.requireNonNull(communication, "communication");
        this.clock = clock;
        this.hrefs = new Hrefs(id);
    }

    public String id() {
        return id;
    }

    public String userAgent() {
        return userAgent;
    }

    public String culture() {
        return culture;
    }

    public String endpointId() {
        return endpointId;
    }

    public Hrefs hrefs() {
        return hrefs;
    }

    public EventLog events() {
        return events;
    }

    /** What the application's event channel remembers: its parameters and the last polls it answered. */
    public EventChannelState eventChannel() {
        return eventChannel;
    }

    /** The lock every change of this application is made under. */
    public ReentrantLock lock() {
        return lock;
    }

    /** Runs {@code change} under the application's lock. */
    public <T> T locked(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    /** The communication settings as last stored (properties, unknown ones included; no links). */
    public Communication communication() {
        return locked(() -> communication);
    }

    /** The ETag of the communication settings. */
    public String communicationEtag() {
        return locked(() -> Long.toString(communicationVersion));
    }

    /** Stores new communication settings and returns their ETag. */
    public String replaceCommunication(Communication settings) {
        return locked(() -> {
            communication = Objects.requireNonNull(settings, "settings");
            communicationVersion++;
            return Long.toString(communicationVersion);
        });
    }

    /** Starts a conversation; it is {@code Connecting} until {@link #connect(SimConversation, Person)}. */
    public SimConversation startConversation(String subject, String importance, String threadId) {
        return locked(() -> {
            String conversationId = "c" + nextConversation++;
            String thread = threadId != null ? threadId : "thread-" + id + "-" + conversationId;
            SimConversation conversation = new SimConversation(conversationId, thread, subject, importance,
                    clock.instant());
            conversations.put(conversationId, conversation);
            return conversation;
        });
    }

    /** The remote person joins the conversation, which becomes {@code Connected}. */
    public void connect(SimConversation conversation, Person remote) {
        locked(() -> {
            conversation.addParticipant(remote);
            conversation.state("Connected");
            conversation.messagingState("Connected");
            return null;
        });
    }

    /** Adds a remote participant to a conversation. */
    public void addParticipant(SimConversation conversation, Person person) {
        locked(() -> {
            conversation.addParticipant(person);
            return null;
        });
    }

    /** A remote participant leaves a conversation. */
    public void removeParticipant(SimConversation conversation, Person person) {
        locked(() -> {
            conversation.removeParticipant(person);
            return null;
        });
    }

    /** Logs a message sent in a conversation, {@code Outgoing} or {@code Incoming}, by {@code senderId}. */
    public SimConversation.Message addMessage(SimConversation conversation, String direction, String senderId,
            String text, String operationId) {
        return locked(() -> conversation.addMessage(direction, senderId, text, operationId, clock.instant()));
    }

    /** Ends the messaging modality of a conversation. */
    public void stopMessaging(SimConversation conversation) {
        locked(() -> {
            conversation.messagingState("Disconnected");
            return null;
        });
    }

    /** A new invitation of this kind to a conversation, remembered. */
    public Invitation newInvitation(String kind, String conversationId, String personId, String operationId) {
        return locked(() -> {
            Invitation invitation = new Invitation("i" + nextInvitation++, kind, conversationId, personId,
                    operationId);
            invitations.put(invitation.id(), invitation);
            return invitation;
        });
    }

    /** An invitation the application sent. */
    public Optional<Invitation> invitation(String invitationId) {
        return locked(() -> Optional.ofNullable(invitations.get(invitationId)));
    }

    public Optional<SimConversation> conversation(String conversationId) {
        return locked(() -> Optional.ofNullable(conversations.get(conversationId)));
    }

    /** The conversations not left, in the order they started. */
    public List<SimConversation> conversations() {
        return locked(() -> List.copyOf(conversations.values()));
    }

    /** Whether the application left this conversation. */
    public boolean hasLeft(String conversationId) {
        return locked(() -> left.contains(conversationId));
    }

    /** Leaves a conversation: it is {@code Disconnected} and gone from the application. */
    public Optional<SimConversation> leave(String conversationId) {
        return locked(() -> {
            SimConversation conversation = conversations.remove(conversationId);
            if (conversation != null) {
                conversation.state("Disconnected");
                conversation.messagingState("Disconnected");
                left.add(conversationId);
            }
            return Optional.ofNullable(conversation);
        });
    }
}
