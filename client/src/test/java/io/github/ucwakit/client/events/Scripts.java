package io.github.ucwakit.client.events;

import io.github.ucwakit.api.Application;
import io.github.ucwakit.client.http.JdkTransport;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.events.EventType;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Batches of events for the scripted server, and channels on it without a signed-in client. */
final class Scripts {

    static final String CONVERSATION = "/app/communication/conversations/c1";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Scripts() {}

    /** The href of the {@code i}-th event of batch {@code n}, how the tests tell events apart. */
    static String href(int n, int i) {
        return CONVERSATION + "/messaging/messages/" + n + "-" + i;
    }

    /** A batch of {@code count} message events from one conversation, each only linking to its message. */
    static EventChannelResponse batch(int n, int count) {
        EventSender.Builder sender = EventSender.builder(Link.of("conversation", CONVERSATION));
        for (int i = 1; i <= count; i++) {
            sender.addEvent(Event.builder(EventType.ADDED, Link.of("message", href(n, i))).build());
        }
        return EventChannelResponse.builder().addSender(sender.build()).build();
    }

    /** Every href of batches {@code from..to} of {@code count} events, in order. */
    static List<String> hrefs(int from, int to, int count) {
        List<String> hrefs = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            for (int i = 1; i <= count; i++) {
                hrefs.add(href(n, i));
            }
        }
        return hrefs;
    }

    /** A channel on the scripted server, in this format, not started. */
    static EventChannel channel(ScriptedEventServer server, PayloadFormat format, EventChannelSettings settings) {
        UcwaCodec codec = UcwaCodec.create();
        ChannelConnection connection = new ChannelConnection(new JdkTransport(HTTP, settings.requestTimeout()),
                new JdkTransport(HTTP, Duration.ofSeconds(10)), codec, format, server::base);
        Application application;
        try {
            application = connection.fetch(server.base().toString(), Application.class);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return EventChannel.of(connection, application, server.base().toString(), settings);
    }

    /** Quick reconnection, for tests. */
    static EventChannelSettings.Builder fast() {
        return EventChannelSettings.builder().backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .closeTimeout(Duration.ofSeconds(5));
    }
}
