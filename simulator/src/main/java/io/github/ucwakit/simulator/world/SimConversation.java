package io.github.ucwakit.simulator.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A conversation of an application: its subject, importance, thread, state, the remote participants (the local one
 * is the user) and the messages sent in it. Guarded by its application's lock ({@link SimApplication}).
 */
public final class SimConversation {

    /**
     * A message of the conversation.
     *
     * @param number its number in the conversation, from 1
     * @param direction {@code Outgoing} (sent by the application) or {@code Incoming}
     * @param senderId the person who sent it
     * @param text its text
     * @param operationId the operation identifier the application gave, or {@code null}
     * @param timeStamp when it was sent
     */
    public record Message(int number, String direction, String senderId, String text, String operationId,
            Instant timeStamp) {}

    private final String id;
    private final String threadId;
    private final String subject;
    private final String importance;
    private final Instant created;
    private final Map<String, Person> remote = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private String state = "Connecting";
    private String messagingState = "Connecting";

    SimConversation(String id, String threadId, String subject, String importance, Instant created) {
        this.id = Objects.requireNonNull(id, "id");
        this.threadId = threadId;
        this.subject = subject;
        this.importance = importance;
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String threadId() {
        return threadId;
    }

    public String subject() {
        return subject;
    }

    public String importance() {
        return importance;
    }

    public Instant created() {
        return created;
    }

    /** {@code Connecting}, {@code Connected} or {@code Disconnected}. */
    public String state() {
        return state;
    }

    void state(String newState) {
        this.state = newState;
    }

    /** The state of the messaging modality: {@code Connecting}, {@code Connected} or {@code Disconnected}. */
    public String messagingState() {
        return messagingState;
    }

    void messagingState(String newState) {
        this.messagingState = newState;
    }

    /** The remote participants, in the order they joined. */
    public List<Person> remoteParticipants() {
        return List.copyOf(remote.values());
    }

    public boolean hasParticipant(String personId) {
        return remote.containsKey(personId);
    }

    void addParticipant(Person person) {
        remote.put(person.id(), person);
    }

    void removeParticipant(Person person) {
        remote.remove(person.id());
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    Message addMessage(String direction, String senderId, String text, String operationId, Instant at) {
        Message message = new Message(messages.size() + 1, direction, senderId, text, operationId, at);
        messages.add(message);
        return message;
    }
}
