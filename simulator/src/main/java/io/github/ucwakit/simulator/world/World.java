package io.github.ucwakit.simulator.world;

import io.github.ucwakit.api.Communication;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The simulated world: its directory and the applications created in it, by identifier. An application is created
 * once per endpoint: creating it again with the same {@code EndpointId} gives the same application, as UCWA does.
 * Thread-safe.
 */
public final class World {

    private final Directory directory;
    private final Clock clock;
    private final Map<String, SimApplication> applications = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(101);

    public World(Directory directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Directory directory() {
        return directory;
    }

    public Clock clock() {
        return clock;
    }

    /** The application of this endpoint, created with these settings when there is none. */
    public synchronized SimApplication createApplication(String userAgent, String culture, String endpointId,
            Function<String, Communication> initialSettings) {
        if (endpointId != null) {
            Optional<SimApplication> existing = applications.values().stream()
                    .filter(app -> endpointId.equals(app.endpointId()))
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String id = Integer.toString(nextId.getAndIncrement());
        SimApplication application = new SimApplication(id, userAgent, culture, endpointId,
                initialSettings.apply(id), clock);
        applications.put(id, application);
        return application;
    }

    public Optional<SimApplication> application(String id) {
        return Optional.ofNullable(applications.get(id));
    }

    public List<SimApplication> applications() {
        return List.copyOf(applications.values());
    }

    /** Deletes an application; its event log wakes its polls. */
    public Optional<SimApplication> deleteApplication(String id) {
        SimApplication removed = applications.remove(id);
        if (removed != null) {
            removed.events().close();
        }
        return Optional.ofNullable(removed);
    }

    /** Wakes every poll of every application, for shutdown. */
    public void close() {
        applications.values().forEach(app -> app.events().close());
    }
}
