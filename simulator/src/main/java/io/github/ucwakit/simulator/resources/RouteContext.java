package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.simulator.auth.TokenGuard;
import io.github.ucwakit.simulator.faults.Faults;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.Handler;
import io.github.ucwakit.simulator.http.Renderer;
import io.github.ucwakit.simulator.http.Router;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.world.SimApplication;
import io.github.ucwakit.simulator.world.World;
import java.util.Objects;
import java.util.Optional;

/**
 * What the routes of the UCWA resources share: the world, the renderer, the token guard, the fault switches and
 * the router they register on. {@link #operation} registers a UCWA operation behind the guard and the forced-error
 * switches (a given row, 409 with the operation's own first 409 row, 412 for a PUT).
 */
final class RouteContext {

    final World world;
    final Renderer renderer;
    final TokenGuard guard;
    final Faults faults;
    final Router router;

    RouteContext(World world, Renderer renderer, TokenGuard guard, Faults faults, Router router) {
        this.world = Objects.requireNonNull(world, "world");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.router = Objects.requireNonNull(router, "router");
    }

    /** Registers an operation on a resource, with its error table. */
    void operation(String method, String pattern, ErrorCatalog errors, Handler handler) {
        router.add(method, pattern, guard.protect(request -> {
            Optional<ErrorEntry> row = faults.takeForcedRow();
            if (row.isPresent()) {
                throw Failures.of(row.get());
            }
            if (faults.takeConflict()) {
                throw Failures.firstOf(errors, 409, "Conflict", "Forced by the simulator's conflict switch.");
            }
            if (method.equals("PUT") && faults.takePreconditionFailure()) {
                throw Failures.preconditionFailed();
            }
            return handler.handle(request);
        }));
    }

    /** The application a request's {@code {app}} names; a {@code 404} ApplicationNotFound when there is none. */
    SimApplication application(SimRequest request) {
        String id = request.pathParameter("app");
        return world.application(id).orElseThrow(() -> Failures.applicationNotFound(id));
    }
}
