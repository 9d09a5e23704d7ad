package io.github.ucwakit.simulator.world;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the event channel of one application remembers between pending GETs, as "Event channel details" describes
 * it: the query parameters a client sent ({@code timeout}, {@code low}, {@code medium}, {@code priority}) stay in
 * effect for the next pending GETs until the client sends them again, and are lost when the channel is made again,
 * which a {@code resume} answer tells the client (it should then send them again). It also keeps the last
 * {@value #HISTORY} polls it answered, oldest first, for tests to see what a client sent and what it got.
 * Thread-safe.
 */
public final class EventChannelState {

    /** The query parameters a pending GET may carry and the channel remembers. */
    public static final Set<String> PARAMETERS = Set.of("timeout", "low", "medium", "priority");

    /** How many polls {@link #polls()} keeps. */
    public static final int HISTORY = 64;

    /** How a pending GET was answered. */
    public enum Answer {
        /** events and a {@code next} link */
        EVENTS,
        /** no event and only a {@code next} link acknowledging nothing more: the release timeout's answer */
        TIMEOUT,
        /** events (if any) and a {@code resume} link instead of {@code next}: the parameters were forgotten */
        RESUME,
        /** only a {@code resync} link */
        RESYNC,
        /** events and a {@code next} link, the body cut in the middle and the connection closed */
        CUT
    }

    /**
     * One pending GET as the channel answered it.
     *
     * @param ack the {@code ack} it carried
     * @param sent the remembered parameters it carried, by name (empty when it carried none)
     * @param answer how it was answered
     * @param events how many events the answer held
     */
    public record Poll(long ack, Map<String, String> sent, Answer answer, int events) {
        public Poll {
            sent = Map.copyOf(sent);
            Objects.requireNonNull(answer, "answer");
        }
    }

    private final Map<String, String> remembered = new TreeMap<>();
    private final Deque<Poll> polls = new ArrayDeque<>();

    /**
     * Remembers the parameters a pending GET carried (names outside {@link #PARAMETERS} are ignored) and returns
     * those now in effect, by name.
     */
    public synchronized Map<String, String> remember(Map<String, String> sent) {
        sent.forEach((name, value) -> {
            if (PARAMETERS.contains(name)) {
                remembered.put(name, Objects.requireNonNull(value, name));
            }
        });
        return Map.copyOf(remembered);
    }

    /** The parameters in effect, by name (empty: the server's defaults). */
    public synchronized Map<String, String> parameters() {
        return Map.copyOf(remembered);
    }

    /** The value of one parameter in effect. */
    public synchronized Optional<String> parameter(String name) {
        return Optional.ofNullable(remembered.get(name));
    }

    /** Forgets every parameter, as when the channel is made again. */
    public synchronized void forget() {
        remembered.clear();
    }

    /** Records how a pending GET was answered, forgetting the oldest beyond {@value #HISTORY}. */
    public synchronized void record(Poll poll) {
        polls.addLast(Objects.requireNonNull(poll, "poll"));
        while (polls.size() > HISTORY) {
            polls.removeFirst();
        }
    }

    /** The last polls answered, oldest first. */
    public synchronized List<Poll> polls() {
        return List.copyOf(polls);
    }
}
