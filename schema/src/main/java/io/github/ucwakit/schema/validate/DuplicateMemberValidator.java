package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EmbeddedElement;
import io.github.ucwakit.schema.parse.EnumerationElement;
import io.github.ucwakit.schema.parse.ErrorRowElement;
import io.github.ucwakit.schema.parse.LinkElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.MemberElement;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ParameterElement;
import io.github.ucwakit.schema.parse.PropertyElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import io.github.ucwakit.schema.parse.ScopeElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names are unique within their parent: properties, link rels, embedded keys, scopes and operation methods in a
 * resource; parameters and error rows in an operation; members in an enumeration.
 */
final class DuplicateMemberValidator implements Validator {

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            String in = Describe.resource(resource);
            check(resource.properties(), PropertyElement::name, "property", in, found);
            check(resource.links(), LinkElement::rel, "link rel", in, found);
            check(resource.embedded(), EmbeddedElement::key, "embedded key", in, found);
            check(resource.scopes(), ScopeElement::name, "scope", in, found);
            check(resource.operations(), OperationElement::method, "operation", in, found);
            for (OperationElement operation : resource.operations()) {
                String of = Describe.operation(operation, resource);
                check(operation.request(), ParameterElement::name, "parameter", of, found);
                check(operation.errors(), DuplicateMemberValidator::errorRowKey, "error row", of, found);
            }
        }
        for (EnumerationElement enumeration : descriptors.enumerations()) {
            check(enumeration.members(), MemberElement::name, "member", Describe.enumeration(enumeration), found);
        }
        return found;
    }

    private static <T> void check(
            List<T> items, Function<T, Located<String>> name, String what, String in, List<Diagnostic> found) {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (T item : items) {
            Located<String> itemName = name.apply(item);
            if (!Describe.isPresent(itemName)) {
                continue;
            }
            SourceLocation first = seen.putIfAbsent(itemName.value(), itemName.location());
            if (first != null) {
                found.add(Diagnostic.error(itemName.location(), "duplicate " + what + " '" + itemName.value()
                        + "' in " + in + "; first at " + Describe.where(first, itemName.location())));
            }
        }
    }

    private static Located<String> errorRowKey(ErrorRowElement row) {
        if (row.error() == null || row.code() == null || row.subcode() == null) {
            return null;
        }
        return new Located<>(row.error().value() + " " + row.code().value() + " " + row.subcode().value(),
                row.location());
    }
}
