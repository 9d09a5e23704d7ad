package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.ApplicationOperations;
import io.github.ucwakit.api.ApplicationsInput;
import io.github.ucwakit.api.ApplicationsInputBinding;
import io.github.ucwakit.api.ApplicationsOperations;
import io.github.ucwakit.api.MeOperations;
import io.github.ucwakit.api.PeopleOperations;
import io.github.ucwakit.runtime.operations.RequestBodies;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.SimApplication;

/**
 * The routes of {@code applications} (POST creates the application), {@code application} (GET, DELETE), {@code me}
 * and {@code people}.
 */
final class ApplicationRoutes {

    private final RouteContext context;

    ApplicationRoutes(RouteContext context) {
        this.context = context;
    }

    void register() {
        context.operation("POST", Hrefs.APPLICATIONS, ApplicationsOperations.POST.errors(), this::create);
        context.operation("GET", Hrefs.PREFIX, ApplicationOperations.GET.errors(), this::get);
        context.operation("DELETE", Hrefs.PREFIX, ApplicationOperations.DELETE.errors(), this::delete);
        context.operation("GET", Hrefs.PREFIX + "/me", MeOperations.GET.errors(), request -> context.renderer
                .resource(200, ApplicationViews.me(context.application(request).hrefs(),
                        context.world.directory().me()), request));
        context.operation("GET", Hrefs.PREFIX + "/people", PeopleOperations.GET.errors(), request -> context.renderer
                .resource(200, ApplicationViews.people(context.application(request).hrefs()), request));
    }

    private SimResponse create(SimRequest request) {
        ApplicationsInput input = RequestBodies.read(request.bodyText(), request.bodyFormat(),
                ApplicationsInputBinding.INSTANCE);
        String userAgent = required(input.userAgent(), "userAgent");
        String endpointId = required(input.endpointId(), "endpointId");
        String culture = input.culture() == null ? "en-US" : input.culture();
        SimApplication app = context.world.createApplication(userAgent, culture, endpointId,
                ApplicationViews::initialCommunication);
        return context.renderer
                .resource(201, ApplicationViews.application(app, context.world.directory().me()), request)
                .withHeader("Location", app.hrefs().application());
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw Failures.parameterValidationFailure(name, name + " is required.");
        }
        return value;
    }

    private SimResponse get(SimRequest request) {
        SimApplication app = context.application(request);
        return context.renderer.resource(200, ApplicationViews.application(app, context.world.directory().me()),
                request);
    }

    private SimResponse delete(SimRequest request) {
        SimApplication app = context.application(request);
        context.world.deleteApplication(app.id());
        return SimResponse.empty(204);
    }
}
