package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.model.Type;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EnumerationElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ParameterElement;
import io.github.ucwakit.schema.parse.PropertyElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import io.github.ucwakit.schema.parse.TypeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Property and parameter types are well formed: a known scalar, a described enumeration, or a list of one of those
 * (never a list of lists).
 */
final class TypeValidator implements Validator {

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        // Names an unreadable file may describe count as enumerations: that file has its own errors.
        List<String> enumerations = new ArrayList<>(descriptors.unreadableNames());
        descriptors.enumerations().stream()
                .map(EnumerationElement::name)
                .filter(Describe::isPresent)
                .map(Located::value)
                .forEach(enumerations::add);
        TypeParser parser = new TypeParser(enumerations);
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            for (PropertyElement property : resource.properties()) {
                check(parser, property.type(), Describe.named("property", property.name()), false, found);
            }
            for (OperationElement operation : resource.operations()) {
                for (ParameterElement parameter : operation.request()) {
                    check(parser, parameter.type(), Describe.named("parameter", parameter.name()), true, found);
                }
            }
        }
        return found;
    }

    private static void check(TypeParser parser, Located<String> type, String owner, boolean parameter,
            List<Diagnostic> found) {
        if (type == null) {
            return;
        }
        TypeParser.Result parsed = parser.parse(type.value());
        parsed.problem()
                .ifPresent(problem -> found.add(Diagnostic.error(type.location(), owner + ": " + problem)));
        parsed.type().flatMap(t -> misplacedLink(t, parameter))
                .ifPresent(problem -> found.add(Diagnostic.error(type.location(), owner + ": " + problem)));
    }

    /** Why a {@code link} type stands where it cannot: in a property, or as a list's element. */
    private static Optional<String> misplacedLink(Type type, boolean parameter) {
        if (type instanceof Type.ListOf list && isLink(list.element())) {
            return Optional.of("a list of links is not supported; send one link parameter per rel");
        }
        if (!parameter && isLink(type)) {
            return Optional.of("'link' is a request parameter's type; describe a resource's links under links");
        }
        return Optional.empty();
    }

    private static boolean isLink(Type type) {
        return type instanceof Type.Scalar scalar && scalar.kind() == Type.Kind.LINK;
    }
}
