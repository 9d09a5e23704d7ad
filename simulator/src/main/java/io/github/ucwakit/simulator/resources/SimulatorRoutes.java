package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.simulator.auth.TokenGuard;
import io.github.ucwakit.simulator.faults.Faults;
import io.github.ucwakit.simulator.http.Handler;
import io.github.ucwakit.simulator.http.Renderer;
import io.github.ucwakit.simulator.http.Router;
import io.github.ucwakit.simulator.world.World;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** Registers every route of the simulated UCWA server on a router. */
public final class SimulatorRoutes {

    /** The path of the OAuth token endpoint. */
    public static final String TOKEN = "/WebTicket/oauthtoken";
    /** The path of the autodiscovery root. */
    public static final String ROOT = DiscoveryRoutes.ROOT;

    private SimulatorRoutes() {}

    /**
     * The routes of autodiscovery, the token endpoint ({@code tokenEndpoint}) and the UCWA resources.
     *
     * @param origin gives {@code http://127.0.0.1:port} once the server is bound
     * @param redirect whether autodiscovery answers with a {@code redirect} first
     * @param longestPoll the longest an event-channel poll waits for an event
     */
    public static Router create(World world, Renderer renderer, TokenGuard guard, Faults faults,
            Handler tokenEndpoint, Supplier<String> origin, boolean redirect, Duration longestPoll) {
        Router router = new Router();
        router.add("POST", TOKEN, Objects.requireNonNull(tokenEndpoint, "tokenEndpoint"));
        RouteContext context = new RouteContext(world, renderer, guard, faults, router);
        new DiscoveryRoutes(context, origin, redirect).register();
        new ApplicationRoutes(context).register();
        new CommunicationRoutes(context).register();
        new PeopleRoutes(context).register();
        new ConversationRoutes(context).register();
        IncomingInvitations.register(context);
        new EventRoutes(context, longestPoll).register();
        new BatchRoutes(context).register();
        return router;
    }
}
