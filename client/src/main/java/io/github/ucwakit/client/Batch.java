package io.github.ucwakit.client;

import io.github.ucwakit.api.BatchOperations;
import io.github.ucwakit.client.errors.ErrorResponses;
import io.github.ucwakit.client.errors.UcwaClientException;
import io.github.ucwakit.client.errors.UcwaErrorException;
import io.github.ucwakit.client.http.Cancellation;
import io.github.ucwakit.client.http.IncomingResponse;
import io.github.ucwakit.client.http.OutgoingRequest;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.batch.BatchRequest;
import io.github.ucwakit.runtime.batch.BatchResponse;
import io.github.ucwakit.runtime.batch.ResponsePart;
import io.github.ucwakit.runtime.operations.OperationDescription;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Several requests sent in one round trip: a {@code multipart/batching} POST to the application's {@code batch}
 * link (written and read by the runtime's batch codec), each part's answer read into its own class.
 *
 * <pre>{@code
 * Batch batch = client.batch();
 * BatchPart<Me> me = batch.get(application.meLink().orElseThrow(), Me.class);
 * BatchPart<MyContacts> contacts = batch.add(MyContactsOperations.GET, people.myContactsLink().orElseThrow());
 * BatchResults results = batch.send();
 * Me read = results.get(me).body().orElseThrow();
 * }</pre>
 *
 * The reference lets the server run the parts in any order, refuses a batch inside a batch and requests on the
 * event channel or photos, and answers 429 when a batch exceeds the user's limit of outstanding requests (none of
 * its parts ran: split it and send again later). Not thread-safe while parts are added; send it once.
 */
public final class Batch {

    private final Exchanges exchanges;
    private final Link batchLink;
    private final List<BatchPart<?>> parts = new ArrayList<>();

    Batch(Exchanges exchanges, Link batchLink) {
        this.exchanges = exchanges;
        this.batchLink = batchLink;
    }

    /** Adds a GET of a link, its answer read into {@code type}. */
    public <T extends UcwaResource> BatchPart<T> get(Link link, Class<T> type) {
        return add(UcwaRequest.builder(HttpMethod.GET, link.href()).accept(exchanges.format()).build(), type,
                io.github.ucwakit.runtime.errors.ErrorCatalog.of());
    }

    /** Adds an operation without a request body. */
    public <T extends UcwaResource> BatchPart<T> add(OperationDescription<Void, T> operation, Link link) {
        return add(operation.request(link, exchanges.format()), operation.responseType().orElse(null),
                operation.errors());
    }

    /** Adds an operation with its generated input as the body. */
    public <B extends RequestInput, T extends UcwaResource> BatchPart<T> add(OperationDescription<B, T> operation,
            Link link, B input) {
        return add(operation.request(link, input, exchanges.format()), operation.responseType().orElse(null),
                operation.errors());
    }

    private <T extends UcwaResource> BatchPart<T> add(UcwaRequest request, @Nullable Class<T> type,
            io.github.ucwakit.runtime.errors.ErrorCatalog errors) {
        BatchPart<T> part = new BatchPart<>(parts.size(), request, type, errors);
        parts.add(part);
        return part;
    }

    /** Sends the parts in one request and reads each answer. */
    public BatchResults send() {
        return Blocking.await(this::sendAsync);
    }

    /** {@link #send()} without blocking. */
    public CompletableFuture<BatchResults> sendAsync() {
        if (parts.isEmpty()) {
            throw new IllegalStateException("a batch needs at least one request");
        }
        URI batchUri = exchanges.resolve(batchLink.href());
        List<UcwaRequest> requests = parts.stream().<UcwaRequest>map(BatchPart::request).toList();
        UcwaRequest post = BatchRequest.of(authority(batchUri), requests).request(batchUri.toString());
        OutgoingRequest out = exchanges.outgoing(post);
        return Exchanges.cancellable(cancellation -> exchanges.raw(out, cancellation).thenApply(this::results));
    }

    private BatchResults results(IncomingResponse response) {
        if (!response.success()) {
            throw ErrorResponses.toException(response.request().method(), response.uri(), response.status(),
                    response.contentType().orElse(null), response.body(), BatchOperations.POST.errors(), null);
        }
        BatchResponse batch;
        try {
            batch = BatchResponse.parse(response.body(), response.contentType().orElse(""));
        } catch (UcwaPayloadException e) {
            throw new UcwaClientException("the batch response of " + response.uri() + " cannot be read: "
                    + e.getMessage(), e);
        }
        if (batch.parts().size() != parts.size()) {
            throw new UcwaClientException("the batch response of " + response.uri() + " has "
                    + batch.parts().size() + " parts for " + parts.size() + " requests");
        }
        List<Object> outcomes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            outcomes.add(outcome(parts.get(i), batch.parts().get(i)));
        }
        return new BatchResults(outcomes);
    }

    private <T extends UcwaResource> Object outcome(BatchPart<T> part, ResponsePart answer) {
        OutgoingRequest request = exchanges.outgoing(part.request());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : answer.headers().entries()) {
            headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(header.getValue());
        }
        IncomingResponse response = new IncomingResponse(request, answer.status(), headers, answer.body());
        try {
            return exchanges.read(response, part.type(), part.errors());
        } catch (UcwaErrorException | UcwaPayloadException failure) {
            return failure;
        }
    }

    /** {@code host} or {@code host:port}, the {@code Host} of every part. */
    private static String authority(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
