package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.ContactOperations;
import io.github.ucwakit.api.ContactPresenceOperations;
import io.github.ucwakit.api.MyContactsOperations;
import io.github.ucwakit.api.PresenceOperations;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Person;

/** The routes of the contact list ({@code myContacts}), a {@code contact}, its presence and the user's presence. */
final class PeopleRoutes {

    private final RouteContext context;

    PeopleRoutes(RouteContext context) {
        this.context = context;
    }

    void register() {
        context.operation("GET", Hrefs.PREFIX + "/people/contacts", MyContactsOperations.GET.errors(),
                request -> context.renderer.resource(200, PeopleViews.myContacts(context.application(request)
                        .hrefs(), context.world.directory().contacts()), request));
        context.operation("GET", Hrefs.PREFIX + "/people/{person}", ContactOperations.GET.errors(),
                request -> context.renderer.resource(200, PeopleViews.contact(context.application(request).hrefs(),
                        person(request)), request));
        context.operation("GET", Hrefs.PREFIX + "/people/{person}/presence", ContactPresenceOperations.GET.errors(),
                request -> context.renderer.resource(200, PeopleViews.contactPresence(
                        context.application(request).hrefs(), person(request), context.world.clock().instant()),
                        request));
        context.operation("GET", Hrefs.PREFIX + "/me/presence", PresenceOperations.GET.errors(),
                request -> context.renderer.resource(200, PeopleViews.presence(context.application(request)
                        .hrefs(), context.world.directory().me()), request));
    }

    private Person person(SimRequest request) {
        context.application(request);
        return context.world.directory().find(request.pathParameter("person"))
                .orElseThrow(() -> Failures.notFound(request.path()));
    }
}
