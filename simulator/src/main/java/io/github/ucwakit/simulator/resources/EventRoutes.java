package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.EventsOperations;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.EventLog;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.SimApplication;
import java.time.Duration;
import java.util.List;

/**
 * The event channel ({@code events}), a long poll as "Event channel details" describes it: {@code ack=N} acknowledges
 * every event up to N and asks for the ones after; the answer holds them, grouped by sender in the order they
 * happened, with a {@code next} link acknowledging the last. When there is none it waits for one, up to
 * {@code timeout} seconds (or the simulator's default, whichever is shorter), and then answers with only
 * {@code next}. Asking again with the same {@code ack} gives the same events again, so a lost answer loses nothing.
 * The event channel's switches ({@code Faults.eventChannel()}) turn an answer with events into a {@code resync}
 * (acknowledging nothing more) or cut it in the middle of its body.
 */
final class EventRoutes {

    private final RouteContext context;
    private final Duration longest;

    EventRoutes(RouteContext context, Duration longest) {
        this.context = context;
        this.longest = longest;
    }

    void register() {
        context.operation("GET", Hrefs.PREFIX + "/events", EventsOperations.GET.errors(), this::poll);
    }

    private SimResponse poll(SimRequest request) {
        SimApplication app = context.application(request);
        long ack = number(request, "ack", 0);
        Duration wait = Duration.ofSeconds(number(request, "timeout", longest.toSeconds()));
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        List<EventLog.Entry> entries = app.events().after(ack, wait);
        if (!entries.isEmpty() && context.faults.eventChannel().takeResync()) {
            return context.renderer.events(EventChannelResponse.builder()
                    .self(Link.of("self", app.hrefs().events(ack)))
                    .link(Link.of(EventChannelResponse.RESYNC, app.hrefs().events(ack)))
                    .build(), request.responseFormat());
        }
        long next = entries.isEmpty() ? ack : entries.get(entries.size() - 1).number();
        EventChannelResponse.Builder response = EventChannelResponse.builder()
                .self(Link.of("self", app.hrefs().events(ack)))
                .link(Link.of(EventChannelResponse.NEXT, app.hrefs().events(next)));
        EventSender.Builder sender = null;
        Link senderLink = null;
        for (EventLog.Entry entry : entries) {
            if (sender == null || !entry.sender().equals(senderLink)) {
                if (sender != null) {
                    response.addSender(sender.build());
                }
                senderLink = entry.sender();
                sender = EventSender.builder(senderLink);
            }
            sender.addEvent(entry.event());
        }
        if (sender != null) {
            response.addSender(sender.build());
        }
        SimResponse answer = context.renderer.events(response.build(), request.responseFormat());
        return !entries.isEmpty() && context.faults.eventChannel().takeCut() ? answer.cutInTheMiddle() : answer;
    }

    private static long number(SimRequest request, String name, long fallback) {
        String value = request.query(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw Failures.parameterValidationFailure(name, name + " must be a whole number: " + value);
        }
    }
}
