package io.github.ucwakit.conformance;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.util.List;
import java.util.Optional;

/**
 * Checks one classified body: reads it into its generated type (the binding of its rel), requires every member to
 * be reached through a typed accessor, writes it back in the same format and compares. A pass whose links hold a
 * {@code data:} href that does not decode (the codec defers decoding) carries a note saying which.
 */
final class BodyChecker {

    /** How the note of a pass whose {@code data:} hrefs do not decode starts. */
    static final String DATA_HREF_NOTE = "data: href not decodable: ";

    private final UcwaCodec codec;
    private final ExpectedTypes expected;
    private final BodyCheck inputs;
    private final BodyCheck events;
    private final TypedAccess typedAccess;

    /**
     * @param inputs checks request bodies of parameters (a POST body that names no rel)
     * @param events checks event-channel envelopes
     */
    BodyChecker(UcwaCodec codec, ExpectedTypes expected, BodyCheck inputs, BodyCheck events) {
        this.codec = codec;
        this.expected = expected;
        this.inputs = inputs;
        this.events = events;
        this.typedAccess = new TypedAccess(codec.bindings());
    }

    Outcome check(PageSample sample, Classification classification) {
        return switch (classification.kind()) {
            case NOT_A_RESOURCE -> Outcome.classified(classification.what());
            case EVENT -> events.check(sample);
            case INPUT -> sendsAResource(sample) ? resource(sample) : inputs.check(sample);
            case RESOURCE -> resource(sample);
        };
    }

    private Outcome resource(PageSample sample) {
        if (sample.body() == null) {
            return Outcome.failed("the body is neither JSON nor XML");
        }
        PayloadFormat format = sample.format();
        UcwaResource resource;
        try {
            resource = read(sample);
        } catch (UcwaPayloadException e) {
            return Outcome.failed("cannot be read: " + e.getMessage());
        }
        if (resource == null) {
            return Outcome.failed("the body names no rel and no descriptor of its page says what it holds");
        }
        if (resource instanceof GenericResource) {
            return Outcome.failed("no generated type for rel '" + resource.rel() + "'");
        }
        List<String> untyped = typedAccess.untypedMembers(resource);
        if (!untyped.isEmpty()) {
            return Outcome.failed("not reached through a typed accessor: " + String.join(", ", untyped));
        }
        String written;
        try {
            written = codec.writeToString(resource, format);
        } catch (UcwaPayloadException | IllegalStateException e) {
            return Outcome.failed("cannot be written back: " + e.getMessage());
        }
        Optional<String> difference = PayloadComparison.difference(format, sample.body(), written);
        return difference.map(d -> Outcome.failed("written back differs: " + d))
                .orElseGet(() -> passed(typedAccess.undecodableDataHrefs(resource)));
    }

    /** A pass, noting the {@code data:} hrefs that do not decode. */
    static Outcome passed(List<String> undecodableDataHrefs) {
        return undecodableDataHrefs.isEmpty() ? Outcome.passed()
                : Outcome.passedWithNote(DATA_HREF_NOTE + String.join("; ", undecodableDataHrefs));
    }

    /** A request body that names its rel, or any PUT body: the resource itself, sent back. */
    private static boolean sendsAResource(PageSample sample) {
        return "PUT".equals(sample.method()) || BodyClassifier.namesItsRel(sample);
    }

    /**
     * Reads a body with the binding of the rel it names, or, when it names none, of the rel its page's
     * descriptor expects; {@code null} when neither says.
     */
    private UcwaResource read(PageSample sample) {
        if (BodyClassifier.namesItsRel(sample)) {
            return codec.read(sample.body(), sample.format());
        }
        Optional<Class<? extends UcwaResource>> type = expected.relOf(sample).flatMap(this::typeOf);
        return type.<UcwaResource>map(t -> codec.read(sample.body(), sample.format(), t)).orElse(null);
    }

    private Optional<Class<? extends UcwaResource>> typeOf(String rel) {
        return codec.bindings().stream().filter(b -> b.rel().equals(rel))
                .<Class<? extends UcwaResource>>map(b -> b.type()).findFirst();
    }
}
