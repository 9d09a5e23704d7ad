package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EnumerationElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every name is written: a resource, enumeration, property, link rel, embedded key, member, scope or parameter
 * name that is present but empty or blank is an error (a missing one was reported when binding).
 */
final class EmptyNameValidator implements Validator {

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            check(resource.name(), "resource name", null, found);
            String in = Describe.resource(resource);
            resource.properties().forEach(p -> check(p.name(), "property name", in, found));
            resource.links().forEach(l -> check(l.rel(), "link rel", in, found));
            resource.embedded().forEach(e -> check(e.key(), "embedded key", in, found));
            resource.scopes().forEach(s -> check(s.name(), "scope name", in, found));
            for (OperationElement operation : resource.operations()) {
                String of = Describe.operation(operation, resource);
                operation.request().forEach(p -> check(p.name(), "parameter name", of, found));
            }
        }
        for (EnumerationElement enumeration : descriptors.enumerations()) {
            check(enumeration.name(), "enumeration name", null, found);
            String in = Describe.enumeration(enumeration);
            enumeration.members().forEach(m -> check(m.name(), "member name", in, found));
        }
        return found;
    }

    private static void check(Located<String> name, String what, String in, List<Diagnostic> found) {
        if (name != null && name.value().isBlank()) {
            found.add(Diagnostic.error(name.location(), "empty " + what + (in == null ? "" : " in " + in)));
        }
    }
}
