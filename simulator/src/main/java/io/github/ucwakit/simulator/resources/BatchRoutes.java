package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.BatchOperations;
import io.github.ucwakit.runtime.batch.BatchRequest;
import io.github.ucwakit.runtime.batch.BatchResponse;
import io.github.ucwakit.runtime.batch.MultipartBody;
import io.github.ucwakit.runtime.batch.ResponsePart;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import io.github.ucwakit.simulator.http.Failures;
import io.github.ucwakit.simulator.http.Formats;
import io.github.ucwakit.simulator.http.SimRequest;
import io.github.ucwakit.simulator.http.SimResponse;
import io.github.ucwakit.simulator.world.Hrefs;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code batch} resource, as "Batching requests" describes it: a {@code multipart/batching} POST of
 * {@code application/http} requests, each answered by the same routes as alone, in a {@code multipart/batching}
 * response of one part per request, in their order. A part without {@code Authorization} is sent with the batch's.
 * A part that is itself a batch or an event-channel poll is answered {@code 400}; more than
 * {@value #LIMIT} parts get {@code 429}, none of them executed. The batch is read and written by the runtime's
 * {@code io.github.ucwakit.runtime.batch} codec.
 */
final class BatchRoutes {

    /** The most requests one batch may hold, as the reference states the server's limit. */
    static final int LIMIT = 100;

    private final RouteContext context;

    BatchRoutes(RouteContext context) {
        this.context = context;
    }

    void register() {
        context.operation("POST", Hrefs.PREFIX + "/batch", BatchOperations.POST.errors(), this::batch);
    }

    private SimResponse batch(SimRequest request) {
        context.application(request);
        String contentType = request.header(Formats.CONTENT_TYPE).orElse("");
        if (!Formats.mediaType(contentType).equals(MultipartBody.MEDIA_TYPE)) {
            throw Failures.unsupportedMediaType(contentType.isEmpty() ? "(none)" : contentType);
        }
        BatchRequest batch = BatchRequest.parse(request.body(), contentType);
        if (batch.requests().size() > LIMIT) {
            throw Failures.firstOf(BatchOperations.POST.errors(), 429, "TooManyRequests",
                    "A batch holds at most " + LIMIT + " requests.");
        }
        List<ResponsePart> parts = new ArrayList<>();
        for (UcwaRequest part : batch.requests()) {
            parts.add(part(answer(part, request)));
        }
        MultipartBody body = BatchResponse.of(parts).write();
        return SimResponse.of(200, body.contentType(), body.bytes());
    }

    private SimResponse answer(UcwaRequest part, SimRequest outer) {
        URI target = URI.create(part.href());
        SimRequest inner = SimRequest.of(part.method().name(), target.getPath(), target.getRawQuery(),
                headers(part, outer), part.body().orElse(new byte[0]));
        if (inner.path().endsWith("/batch") || inner.path().endsWith("/events")) {
            return context.renderer.failure(Failures.generic(400, "BadRequest", null,
                    "A batch cannot hold a batch or an event-channel request: " + inner.path()),
                    inner.responseFormat());
        }
        return context.renderer.respond(context.router, inner);
    }

    private static Map<String, List<String>> headers(UcwaRequest part, SimRequest outer) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        part.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        if (part.header("Authorization").isEmpty()) {
            outer.header("Authorization").ifPresent(value -> headers.put("Authorization", List.of(value)));
        }
        return headers;
    }

    private static ResponsePart part(SimResponse response) {
        ResponsePart.Builder part = ResponsePart.builder(response.status());
        String contentType = null;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase(Formats.CONTENT_TYPE)) {
                contentType = header.getValue();
            } else {
                part.header(header.getKey(), header.getValue());
            }
        }
        byte[] body = response.body();
        if (body.length > 0) {
            part.body(body, contentType);
        }
        return part.build();
    }
}
