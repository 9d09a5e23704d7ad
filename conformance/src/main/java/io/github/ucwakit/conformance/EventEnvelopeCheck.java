package io.github.ucwakit.conformance;

import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an event-channel envelope: read with the runtime's event-channel reader, its senders, events and every
 * embedded resource reached through typed accessors (nothing kept as unknown, at any depth), then written back in
 * the same format and compared.
 */
final class EventEnvelopeCheck implements BodyCheck {

    private final EventChannelCodec events;
    private final TypedAccess typedAccess;

    EventEnvelopeCheck(UcwaCodec codec) {
        this.events = new EventChannelCodec(codec);
        this.typedAccess = new TypedAccess(codec.bindings());
    }

    @Override
    public Outcome check(PageSample sample) {
        if (sample.body() == null) {
            return Outcome.failed("the body is neither JSON nor XML");
        }
        EventChannelResponse response;
        try {
            response = events.read(sample.body(), sample.format());
        } catch (UcwaPayloadException e) {
            return Outcome.failed("cannot be read: " + e.getMessage());
        }
        List<String> untyped = untyped(response, sample);
        if (!untyped.isEmpty()) {
            return Outcome.failed("not reached through a typed accessor: " + String.join(", ", untyped));
        }
        String written;
        try {
            written = events.writeToString(response, sample.format());
        } catch (UcwaPayloadException | IllegalStateException e) {
            return Outcome.failed("cannot be written back: " + e.getMessage());
        }
        Optional<String> difference = PayloadComparison.difference(sample.format(), sample.body(), written);
        return difference.map(d -> Outcome.failed("written back differs: " + d)).orElseGet(Outcome::passed);
    }

    private List<String> untyped(EventChannelResponse response, PageSample sample) {
        List<String> untyped = new ArrayList<>();
        response.unknownMembers().keySet().forEach(name -> untyped.add("events: member '" + name + "'"));
        List<EventSender> senders = response.senders();
        for (int s = 0; s < senders.size(); s++) {
            EventSender sender = senders.get(s);
            String senderPath = "sender[" + s + "]";
            sender.unknownMembers().keySet().forEach(name -> untyped.add(senderPath + ": member '" + name + "'"));
            List<Event> list = sender.events();
            for (int e = 0; e < list.size(); e++) {
                Event event = list.get(e);
                String eventPath = senderPath + "/events[" + e + "]";
                event.unknownMembers().keySet().forEach(name -> untyped.add(eventPath + ": member '" + name + "'"));
                event.resource().ifPresent(resource -> typedAccess.untypedMembers(resource)
                        .forEach(member -> untyped.add(eventPath + "/" + member)));
            }
        }
        return untyped;
    }
}
