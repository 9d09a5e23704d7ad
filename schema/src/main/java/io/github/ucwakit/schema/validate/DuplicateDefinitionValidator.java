package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.Located;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resources and enumerations share one namespace across all files, compared ignoring case since each becomes a
 * Java class and a file: a second definition of a name (in file order) is an error that points at the first.
 */
final class DuplicateDefinitionValidator implements Validator {

    private record Definition(String kind, Located<String> name) {}

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Definition> definitions = new ArrayList<>();
        descriptors.resources().stream().filter(r -> Describe.isPresent(r.name()))
                .forEach(r -> definitions.add(new Definition("resource", r.name())));
        descriptors.enumerations().stream().filter(e -> Describe.isPresent(e.name()))
                .forEach(e -> definitions.add(new Definition("enumeration", e.name())));
        definitions.sort(Comparator.comparing(d -> d.name().location()));

        List<Diagnostic> found = new ArrayList<>();
        Map<String, Definition> seen = new HashMap<>();
        for (Definition definition : definitions) {
            Definition first = seen.putIfAbsent(definition.name().value().toLowerCase(Locale.ROOT), definition);
            if (first != null) {
                found.add(Diagnostic.error(definition.name().location(), message(definition, first)));
            }
        }
        return found;
    }

    private static String message(Definition second, Definition first) {
        String where = Describe.where(first.name().location(), second.name().location());
        String name = second.name().value();
        if (!first.name().value().equals(name)) {
            return second.kind() + " '" + name + "' differs only in case from " + first.kind() + " '"
                    + first.name().value() + "' (" + where + "); their generated files would collide";
        }
        if (first.kind().equals(second.kind())) {
            return "duplicate " + second.kind() + " '" + name + "'; first defined at " + where;
        }
        return second.kind() + " '" + name + "' has the same name as " + first.kind() + " '" + name + "' (" + where
                + "); their generated classes would collide";
    }
}
