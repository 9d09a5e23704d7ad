package io.github.ucwakit.simulator.http;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.errors.ErrorBodies;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.io.ByteArrayOutputStream;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Writes resources, event-channel responses and error bodies as responses, in the format the request asked for,
 * with the runtime's codecs.
 */
public final class Renderer {

    private static final System.Logger LOG = System.getLogger(Renderer.class.getName());

    private final UcwaCodec codec;
    private final EventChannelCodec events;

    public Renderer(UcwaCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.events = new EventChannelCodec(codec);
    }

    public UcwaCodec codec() {
        return codec;
    }

    /**
     * The handler's response to a request, or the response of its failure: a {@link UcwaFailure} as it says, a body
     * that cannot be read as its content type claims as {@code 400} DeserializationFailure
     * (ParameterValidationFailure when a required parameter is missing), anything else as {@code 500}
     * ServiceFailure, logged.
     */
    public SimResponse respond(Handler handler, SimRequest request) {
        PayloadFormat format = request.responseFormat();
        try {
            return handler.handle(request);
        } catch (UcwaFailure failure) {
            return failure(failure, format);
        } catch (UcwaPayloadException e) {
            UcwaFailure failure = e.kind() == UcwaPayloadException.Kind.MISSING_VALUE
                    ? Failures.parameterValidationFailure(e.location(), e.getMessage())
                    : Failures.deserializationFailure(e.getMessage());
            return failure(failure, format);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the simulator failed on " + request, e);
            return failure(Failures.serviceFailure(e.toString()), format);
        }
    }

    /** A response whose body is the resource, in the request's format. */
    public SimResponse resource(int status, UcwaResource resource, SimRequest request) {
        return resource(status, resource, request.responseFormat());
    }

    public SimResponse resource(int status, UcwaResource resource, PayloadFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(resource, format, out);
        return SimResponse.of(status, Formats.contentType(format), out.toByteArray());
    }

    public SimResponse events(EventChannelResponse response, PayloadFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        events.write(response, format, out);
        return SimResponse.of(200, Formats.contentType(format), out.toByteArray());
    }

    /** The response of a failure: its status, headers and error body (when it has one) in this format. */
    public SimResponse failure(UcwaFailure failure, PayloadFormat format) {
        SimResponse response = failure.error()
                .map(error -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ErrorBodies.write(error, format, out);
                    return SimResponse.of(failure.status(), Formats.contentType(format), out.toByteArray());
                })
                .orElseGet(() -> SimResponse.empty(failure.status()));
        for (var header : failure.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
