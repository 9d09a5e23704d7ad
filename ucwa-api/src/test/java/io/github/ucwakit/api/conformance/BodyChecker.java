package io.github.ucwakit.api.conformance;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaCodec;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import java.util.List;
import java.util.Optional;

/**
 * Checks one classified body: reads it into its generated type (the binding of its rel), requires every member to
 * be reached through a typed accessor, writes it back in the same format and compares.
 */
final class BodyChecker {

    /** Why event bodies are not checked yet. */
    static final String EVENT_READER_MISSING =
            "pending reader: the event-channel reader (runtime.events) is not in the runtime yet";

    private final UcwaCodec codec;
    private final TypedAccess typedAccess;

    BodyChecker(UcwaCodec codec) {
        this.codec = codec;
        this.typedAccess = new TypedAccess(codec.bindings());
    }

    Outcome check(PageSample sample, Classification classification) {
        return switch (classification.kind()) {
            case NOT_A_RESOURCE -> Outcome.classified(classification.what());
            case EVENT -> Outcome.pending(EVENT_READER_MISSING);
            case RESOURCE, INPUT -> resource(sample);
        };
    }

    private Outcome resource(PageSample sample) {
        if (sample.body() == null) {
            return Outcome.failed("the body is neither JSON nor XML");
        }
        PayloadFormat format = sample.format();
        UcwaResource resource;
        try {
            resource = codec.read(sample.body(), format);
        } catch (UcwaPayloadException e) {
            return Outcome.failed("cannot be read: " + e.getMessage());
        }
        if (resource instanceof GenericResource) {
            return Outcome.failed("no generated type for rel '" + resource.rel() + "'");
        }
        List<String> untyped = typedAccess.untypedMembers(resource, format);
        if (!untyped.isEmpty()) {
            return Outcome.failed("not reached through a typed accessor: " + String.join(", ", untyped));
        }
        String written;
        try {
            written = codec.writeToString(resource, format);
        } catch (UcwaPayloadException | IllegalStateException e) {
            return Outcome.failed("cannot be written back: " + e.getMessage());
        }
        Optional<String> difference = format == PayloadFormat.JSON
                ? PayloadComparison.jsonDifference(sample.body(), written)
                : PayloadComparison.xmlDifference(sample.body(), written);
        return difference.map(d -> Outcome.failed("written back differs: " + d)).orElseGet(Outcome::passed);
    }
}
