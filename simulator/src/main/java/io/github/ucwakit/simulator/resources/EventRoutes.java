package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.EventsOperations;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.simulator.faults.EventChannelFaults;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.EventChannelState;
import io.github.ucwakit.simulator.world.EventChannelState.Answer;
import io.github.ucwakit.simulator.world.EventChannelState.Poll;
import io.github.ucwakit.simulator.world.EventLog;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.SimApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event channel ({@code events}), a long poll as "Event channel details" describes it: {@code ack=N} acknowledges
 * every event up to N and asks for the ones after; the answer holds them, grouped by sender in the order they
 * happened, with a {@code next} link acknowledging the last. When there is none it waits for one, up to
 * {@code timeout} seconds (or the simulator's default, whichever is shorter), and then answers with only
 * {@code next}. Asking again with the same {@code ack} gives the same events again, so a lost answer loses nothing.
 * The query parameters {@code timeout}, {@code low}, {@code medium} and {@code priority} are remembered from the
 * pending GET that sent them ({@link EventChannelState}). The event channel's switches
 * ({@code Faults.eventChannel()}) turn an answer with events into a {@code resync} or the empty timeout answer
 * (both acknowledging nothing more), give it a {@code resume} link instead of {@code next} (the remembered
 * parameters forgotten), or cut it in the middle of its body.
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
        EventChannelState channel = app.eventChannel();
        long ack = number(request, "ack", 0);
        Map<String, String> sent = parameters(request);
        Map<String, String> inEffect = channel.remember(sent);
        Duration wait = inEffect.containsKey("timeout")
                ? Duration.ofSeconds(Long.parseLong(inEffect.get("timeout"))) : longest;
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        List<EventLog.Entry> entries = app.events().after(ack, wait);
        EventChannelFaults faults = context.faults.eventChannel();
        Link self = Link.of("self", app.hrefs().events(ack));
        if (!entries.isEmpty() && faults.takeResync()) {
            channel.record(new Poll(ack, sent, Answer.RESYNC, 0));
            return render(request, EventChannelResponse.builder().self(self)
                    .link(Link.of(EventChannelResponse.RESYNC, app.hrefs().events(ack))));
        }
        if (entries.isEmpty() || faults.takeEmptyAnswer()) {
            channel.record(new Poll(ack, sent, Answer.TIMEOUT, 0));
            return render(request, EventChannelResponse.builder().self(self)
                    .link(Link.of(EventChannelResponse.NEXT, app.hrefs().events(ack))));
        }
        boolean resume = faults.takeResume();
        if (resume) {
            channel.forget();
        }
        long next = entries.get(entries.size() - 1).number();
        EventChannelResponse.Builder response = EventChannelResponse.builder().self(self)
                .link(Link.of(resume ? EventChannelResponse.RESUME : EventChannelResponse.NEXT,
                        app.hrefs().events(next)));
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
        response.addSender(sender.build());
        SimResponse answer = render(request, response);
        boolean cut = faults.takeCut();
        channel.record(new Poll(ack, sent, cut ? Answer.CUT : resume ? Answer.RESUME : Answer.EVENTS,
                entries.size()));
        return cut ? answer.cutInTheMiddle() : answer;
    }

    private SimResponse render(SimRequest request, EventChannelResponse.Builder response) {
        return context.renderer.events(response.build(), request.responseFormat());
    }

    /** The channel's parameters this pending GET carries, each a whole number, by name. */
    private static Map<String, String> parameters(SimRequest request) {
        Map<String, String> sent = new TreeMap<>();
        for (String name : EventChannelState.PARAMETERS) {
            if (request.query(name).isPresent()) {
                sent.put(name, Long.toString(number(request, name, 0)));
            }
        }
        return sent;
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
