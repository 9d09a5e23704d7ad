package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
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

/**
 * Property and parameter types are well formed: a known scalar, a described enumeration, or a list of one of those
 * (never a list of lists).
 */
final class TypeValidator implements Validator {

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        TypeParser parser = new TypeParser(descriptors.enumerations().stream()
                .map(EnumerationElement::name)
                .filter(Describe::isPresent)
                .map(Located::value)
                .toList());
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            for (PropertyElement property : resource.properties()) {
                check(parser, property.type(), Describe.named("property", property.name()), found);
            }
            for (OperationElement operation : resource.operations()) {
                for (ParameterElement parameter : operation.request()) {
                    check(parser, parameter.type(), Describe.named("parameter", parameter.name()), found);
                }
            }
        }
        return found;
    }

    private static void check(TypeParser parser, Located<String> type, String owner, List<Diagnostic> found) {
        if (type != null) {
            parser.parse(type.value()).problem()
                    .ifPresent(problem -> found.add(Diagnostic.error(type.location(), owner + ": " + problem)));
        }
    }
}
