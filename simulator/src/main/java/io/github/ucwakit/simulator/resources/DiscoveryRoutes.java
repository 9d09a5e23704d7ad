package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.Root;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.Hrefs;
import java.util.function.Supplier;

/**
 * Autodiscovery as "Root URL" describes it: the root ({@value #ROOT}) links to the {@code user} resource and the
 * {@code xframe}; with the redirect on, the first root answers only a {@code redirect} link to a second root
 * ({@value #REDIRECTED_ROOT}), which gives the links. The {@code user} resource is behind the token guard: without a
 * token it answers the {@code 401} challenge, with one it links to {@code applications}. Hrefs are absolute, as the
 * autodiscovery service gives them.
 */
final class DiscoveryRoutes {

    static final String ROOT = "/autodiscover/root";
    static final String REDIRECTED_ROOT = "/autodiscover/redirected/root";
    static final String USER = "/autodiscover/root/oauth/user";
    static final String XFRAME = "/autodiscover/xframe";

    private final RouteContext context;
    private final Supplier<String> origin;
    private final boolean redirect;

    /** {@code origin} gives {@code http://127.0.0.1:port} once the server is bound. */
    DiscoveryRoutes(RouteContext context, Supplier<String> origin, boolean redirect) {
        this.context = context;
        this.origin = origin;
        this.redirect = redirect;
    }

    void register() {
        context.router.add("GET", ROOT, request -> context.renderer.resource(200,
                redirect ? redirectingRoot() : root(ROOT), request));
        if (redirect) {
            context.router.add("GET", REDIRECTED_ROOT, request -> context.renderer.resource(200,
                    root(REDIRECTED_ROOT), request));
        }
        context.router.add("GET", USER, context.guard.protect(request -> context.renderer.resource(200, user(),
                request)));
        context.router.add("GET", XFRAME, request -> SimResponse.text(200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>XFrame</title></head><body></body></html>"));
    }

    private Root redirectingRoot() {
        return Root.builder()
                .self(Link.of("self", origin.get() + ROOT))
                .redirectLink(Link.of("redirect", origin.get() + REDIRECTED_ROOT))
                .build();
    }

    private Root root(String self) {
        return Root.builder()
                .self(Link.of("self", origin.get() + self))
                .userLink(Link.of("user", origin.get() + USER))
                .xframeLink(Link.of("xframe", origin.get() + XFRAME))
                .build();
    }

    private GenericResource user() {
        return GenericResource.builder()
                .rel("user")
                .self(Link.of("self", origin.get() + USER))
                .unknownMembers(UnknownMembers.builder()
                        .link(Link.of("applications", origin.get() + Hrefs.APPLICATIONS))
                        .link(Link.of("xframe", origin.get() + XFRAME))
                        .build())
                .build();
    }
}
