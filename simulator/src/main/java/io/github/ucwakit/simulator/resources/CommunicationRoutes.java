package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.Communication;
import io.github.ucwakit.api.CommunicationOperations;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.SimApplication;

/**
 * {@code communication}: GET answers the resource with its {@code ETag}; PUT replaces its properties (GET-change-PUT)
 * when {@code If-Match} names the current ETag ({@code 428} without one, {@code 412} for a stale one), when the body
 * echoes every property the server holds, the ones a client does not understand included ({@code 400}
 * ParameterValidationFailure otherwise, as "HTTP" requires a PUT to), and answers {@code 200} with the new ETag;
 * the change is logged as a {@code communication} updated event.
 */
final class CommunicationRoutes {

    private static final String PATTERN = Hrefs.PREFIX + "/communication";

    private final RouteContext context;

    CommunicationRoutes(RouteContext context) {
        this.context = context;
    }

    void register() {
        context.operation("GET", PATTERN, CommunicationOperations.GET.errors(), this::get);
        context.operation("PUT", PATTERN, CommunicationOperations.PUT.errors(), this::put);
    }

    private SimResponse get(SimRequest request) {
        SimApplication app = context.application(request);
        return app.locked(() -> context.renderer.resource(200, ApplicationViews.communication(app), request)
                .withHeader("ETag", app.communicationEtag()));
    }

    private SimResponse put(SimRequest request) {
        SimApplication app = context.application(request);
        String ifMatch = request.header("If-Match").map(CommunicationRoutes::unquote)
                .orElseThrow(Failures::preconditionRequired);
        Communication sent = context.renderer.codec().read(request.body(), request.bodyFormat(),
                Communication.class);
        return app.locked(() -> {
            if (!ifMatch.equals(app.communicationEtag())) {
                throw Failures.preconditionFailed();
            }
            for (String name : app.communication().unknownMembers().properties().keySet()) {
                if (!sent.unknownMembers().properties().containsKey(name)) {
                    throw Failures.parameterValidationFailure(name,
                            "A PUT must send back every property of the resource; " + name + " is missing.");
                }
            }
            UnknownMembers.Builder unknown = UnknownMembers.builder();
            sent.unknownMembers().properties().forEach((name, value) -> {
                if (!name.equals("etag")) {
                    unknown.property(name, value);
                }
            });
            Communication stored = Communication.builder()
                    .audioPreference(sent.audioPreference())
                    .conversationHistory(sent.conversationHistory())
                    .lisLocation(sent.lisLocation())
                    .lisQueryResult(sent.lisQueryResult())
                    .phoneNumber(sent.phoneNumber())
                    .publishEndpointLocation(sent.publishEndpointLocation())
                    .simultaneousRingNumberMatch(sent.simultaneousRingNumberMatch())
                    .supportedMessageFormats(sent.hasSupportedMessageFormats() ? sent.supportedMessageFormats() : null)
                    .supportedModalities(sent.hasSupportedModalities() ? sent.supportedModalities() : null)
                    .videoBasedScreenSharing(sent.videoBasedScreenSharing())
                    .unknownMembers(unknown.build())
                    .build();
            String etag = app.replaceCommunication(stored);
            Communication current = ApplicationViews.communication(app);
            app.events().append(Link.of("communication", app.hrefs().communication()),
                    Event.builder(EventType.UPDATED, Link.of("communication", app.hrefs().communication()))
                            .resource(current)
                            .build());
            return SimResponse.empty(200).withHeader("ETag", etag);
        });
    }

    private static String unquote(String etag) {
        String value = etag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
