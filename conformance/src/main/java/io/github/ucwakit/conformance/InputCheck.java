package io.github.ucwakit.conformance;

import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.InputBinding;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.operations.RequestBodies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a request body of parameters: reads it into the generated input class of its page's operation (found by
 * the page's resource and the sample's method), requires every member to be a described parameter, writes it back
 * in the same format and compares. A body whose {@code data:} href does not decode passes with a note saying so,
 * found by reading it once more with data hrefs decoded on read.
 */
final class InputCheck implements BodyCheck {

    private final UcwaCodec codec;
    private final UcwaCodec strict;
    private final ExpectedTypes expected;
    private final List<InputBinding<?>> bindings;

    InputCheck(UcwaCodec codec, ExpectedTypes expected, Collection<InputBinding<?>> bindings) {
        this.codec = codec;
        this.strict = codec.withDataHrefs(DataHrefs.DECODED_ON_READ);
        this.expected = expected;
        this.bindings = List.copyOf(bindings);
    }

    @Override
    public Outcome check(PageSample sample) {
        if (sample.body() == null) {
            return Outcome.failed("the body is neither JSON nor XML");
        }
        Optional<String> resource = expected.relOf(sample);
        String method = sample.method() == null ? "" : sample.method().toUpperCase(Locale.ROOT);
        Optional<InputBinding<?>> binding = bindings.stream()
                .filter(b -> resource.isPresent() && b.resource().equals(resource.get()))
                .filter(b -> b.method().name().equals(method))
                .findFirst();
        if (binding.isEmpty()) {
            return Outcome.failed("no generated input class reads " + method + " on "
                    + resource.orElse("a page without descriptor"));
        }
        RequestInput input;
        try {
            input = RequestBodies.read(sample.body(), sample.format(), binding.get(), codec);
        } catch (UcwaPayloadException e) {
            return Outcome.failed("cannot be read: " + e.getMessage());
        }
        List<String> untyped = untyped(input);
        if (!untyped.isEmpty()) {
            return Outcome.failed("not reached through a typed accessor: " + String.join(", ", untyped));
        }
        String written = RequestBodies.writeToString(input, sample.format());
        Optional<String> difference = PayloadComparison.difference(sample.format(), sample.body(), written);
        if (difference.isPresent()) {
            return Outcome.failed("written back differs: " + difference.get());
        }
        try {
            RequestBodies.read(sample.body(), sample.format(), binding.get(), strict);
            return Outcome.passed();
        } catch (UcwaPayloadException e) {
            return BodyChecker.passed(List.of(input.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static List<String> untyped(RequestInput input) {
        String path = input.getClass().getSimpleName();
        UnknownMembers unknown = input.unknownMembers();
        List<String> untyped = new ArrayList<>();
        unknown.properties().keySet().forEach(name -> untyped.add(path + ": parameter '" + name + "'"));
        unknown.linkGroups().forEach(group -> untyped.add(path + ": link '" + group.name() + "'"));
        unknown.embeddedGroups().forEach(group -> untyped.add(path + ": embedded '" + group.name() + "'"));
        return untyped;
    }
}
