package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.Located;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classes generated for resources (UpperCamel of the name, and its {@code Binding}) and enumerations (UpperCamel)
 * can exist: their names are not Java keywords, not names of types the generated code uses
 * ({@link ReservedNames#type}), not device names Windows refuses as files, and no two of them (or any and
 * {@code GeneratedBindings}) are equal ignoring case, since their files share a folder on file systems that ignore
 * case. Names equal ignoring case are left to {@link DuplicateDefinitionValidator}; names that are no identifier to
 * {@link IdentifierValidator}. A class named like {@code GeneratedBindings} is reported once, as reserved.
 */
final class GeneratedClassNameValidator implements Validator {

    /** A resource or enumeration and the classes it generates. */
    private record Definition(String kind, Located<String> name, List<String> classes) {}

    /** A generated class and the definition it comes from. */
    private record GeneratedClass(String name, Definition owner) {}

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Definition> definitions = new ArrayList<>();
        descriptors.resources().stream().map(r -> r.name()).filter(GeneratedClassNameValidator::isUsable)
                .forEach(name -> definitions.add(new Definition("resource", name,
                        List.of(JavaNames.className(name.value()), JavaNames.bindingClassName(name.value())))));
        descriptors.enumerations().stream().map(e -> e.name()).filter(GeneratedClassNameValidator::isUsable)
                .forEach(name -> definitions.add(
                        new Definition("enumeration", name, List.of(JavaNames.className(name.value())))));
        definitions.sort(Comparator.comparing(d -> d.name().location()));

        List<Diagnostic> found = new ArrayList<>();
        definitions.forEach(definition -> checkAlone(definition, found));
        checkCollisions(definitions, found);
        return found;
    }

    private static boolean isUsable(Located<String> name) {
        return Describe.isPresent(name) && IdentifierValidator.isTypeName(name.value());
    }

    private static void checkAlone(Definition definition, List<Diagnostic> found) {
        String name = definition.name().value();
        SourceLocation at = definition.name().location();
        String subject = definition.kind() + " name '" + name + "'";
        if (JavaNames.isKeyword(name)) {
            found.add(Diagnostic.error(at, subject + " is a Java " + (JavaNames.isLiteral(name) ? "literal" : "keyword")
                    + ", which ucwakit does not accept as a resource or enumeration name"));
            return;
        }
        for (String generated : definition.classes()) {
            String verb = generated.equals(definition.classes().get(0)) ? " becomes the class " : " gives the class ";
            ReservedNames.type(generated).ifPresent(use -> found.add(Diagnostic.error(at,
                    subject + verb + generated + ", a name generated code uses for " + use)));
            if (ReservedNames.isWindowsDevice(generated)) {
                found.add(Diagnostic.error(at, subject + verb + generated + ", whose file " + generated
                        + ".java Windows cannot create (" + generated.toUpperCase(Locale.ROOT) + " is a device name)"));
            }
            if (generated.equalsIgnoreCase(ReservedNames.GENERATED_BINDINGS)
                    && !generated.equals(ReservedNames.GENERATED_BINDINGS)) {
                found.add(Diagnostic.error(at, subject + verb + generated + ", whose file differs only in case from "
                        + ReservedNames.GENERATED_BINDINGS + ".java, the generated class that lists every binding"));
            }
        }
    }

    private static void checkCollisions(List<Definition> definitions, List<Diagnostic> found) {
        Map<String, GeneratedClass> seen = new HashMap<>();
        for (Definition definition : definitions) {
            Set<Definition> reported = new HashSet<>();
            for (String generated : definition.classes()) {
                if (generated.equalsIgnoreCase(ReservedNames.GENERATED_BINDINGS)) {
                    continue;
                }
                GeneratedClass first = seen.get(generated.toLowerCase(Locale.ROOT));
                if (first != null && first.owner() != definition && !sameNameIgnoringCase(first.owner(), definition)
                        && reported.add(first.owner())) {
                    found.add(Diagnostic.error(definition.name().location(),
                            message(definition, generated, first, definition.name().location())));
                }
            }
            for (String generated : definition.classes()) {
                seen.putIfAbsent(generated.toLowerCase(Locale.ROOT), new GeneratedClass(generated, definition));
            }
        }
    }

    private static boolean sameNameIgnoringCase(Definition a, Definition b) {
        return a.name().value().equalsIgnoreCase(b.name().value());
    }

    private static String message(Definition second, String generated, GeneratedClass first, SourceLocation here) {
        String other = first.owner().kind() + " '" + first.owner().name().value() + "' ("
                + Describe.where(first.owner().name().location(), here) + ")";
        String clash = generated.equals(first.name())
                ? ", which " + other + " generates too"
                : ", whose file differs only in case from " + first.name() + " of " + other;
        return second.kind() + " '" + second.name().value() + "' generates the class " + generated + clash
                + "; rename one";
    }
}
