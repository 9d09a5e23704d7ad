package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.naming.JavaNames;
import io.github.ucwakit.schema.naming.ReservedNames;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EmbeddedElement;
import io.github.ucwakit.schema.parse.EnumerationElement;
import io.github.ucwakit.schema.parse.LinkElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.MemberElement;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ParameterElement;
import io.github.ucwakit.schema.parse.PropertyElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct names stay distinct in Java. In a resource, property accessors, embedded accessors and link accessors
 * ({@code <rel>Link}, {@code <rel>Links}) are all methods of one class; in an operation, parameters share one
 * namespace; in an enumeration, members become constants. Two names whose Java names are equal (the wire names
 * {@code threadId}, {@code ThreadId} and {@code thread-id} all become {@code threadId}) are an error at the later
 * one, unless they are the same wire name twice, which {@link DuplicateMemberValidator} reports.
 */
final class JavaNameCollisionValidator implements Validator {

    /** A name that becomes a Java name: what it is, its wire name, its javaName if any, and the Java name. */
    private record Named(String kind, Located<String> wire, Located<String> javaName, String java) {

        SourceLocation location() {
            return javaName != null ? javaName.location() : wire.location();
        }

        boolean sameWireNameAs(Named other) {
            return kind.equals(other.kind) && wire.value().equals(other.wire.value()) && javaName == null
                    && other.javaName == null;
        }
    }

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            List<Named> accessors = new ArrayList<>();
            for (PropertyElement property : resource.properties()) {
                add(accessors, "property", property.name(), property.javaName(),
                        JavaNames.memberName(Located.valueOr(property.name(), ""), optional(property.javaName())));
            }
            for (EmbeddedElement embedded : resource.embedded()) {
                add(accessors, "embedded key", embedded.key(), embedded.javaName(),
                        JavaNames.memberName(Located.valueOr(embedded.key(), ""), optional(embedded.javaName())));
            }
            for (LinkElement link : resource.links()) {
                if (link.rel() != null && !link.rel().value().equals(ReferenceValidator.SELF)) {
                    add(accessors, "link", link.rel(), link.javaName(), JavaNames.linkAccessor(link.rel().value(),
                            optional(link.javaName()), Located.valueOr(link.array(), false)));
                }
            }
            check(accessors, "the accessor ", "()", found);
            for (OperationElement operation : resource.operations()) {
                List<Named> parameters = new ArrayList<>();
                for (ParameterElement parameter : operation.request()) {
                    add(parameters, "parameter", parameter.name(), parameter.javaName(), JavaNames.memberName(
                            Located.valueOr(parameter.name(), ""), optional(parameter.javaName())));
                }
                check(parameters, "the Java name '", "'", found);
            }
        }
        for (EnumerationElement enumeration : descriptors.enumerations()) {
            List<Named> constants = new ArrayList<>();
            for (MemberElement member : enumeration.members()) {
                add(constants, "member", member.name(), member.javaName(), JavaNames.constantName(
                        Located.valueOr(member.name(), ""), optional(member.javaName())));
            }
            check(constants, "the constant ", "", found);
        }
        return found;
    }

    /**
     * Adds a name whose Java name is legal and free; {@link JavaMemberNameValidator} reported the others (a constant
     * is never a reserved member name: those are compared in lowerCamel).
     */
    private static void add(List<Named> names, String kind, Located<String> wire, Located<String> javaName,
            String java) {
        boolean reserved = !kind.equals("member") && ReservedNames.member(java).isPresent();
        if (Describe.isPresent(wire) && JavaNames.isIdentifier(java) && !reserved) {
            names.add(new Named(kind, wire, javaName, java));
        }
    }

    private static void check(List<Named> names, String before, String after, List<Diagnostic> found) {
        Map<String, Named> seen = new HashMap<>();
        for (Named named : names.stream().sorted(Comparator.comparing(Named::location)).toList()) {
            Named first = seen.putIfAbsent(named.java(), named);
            if (first != null && !named.sameWireNameAs(first)) {
                found.add(Diagnostic.error(named.location(), named.kind() + " '" + named.wire().value() + "' and "
                        + first.kind() + " '" + first.wire().value() + "' ("
                        + Describe.where(first.location(), named.location()) + ") both become " + before
                        + named.java() + after + "; tell them apart with a javaName"));
            }
        }
    }

    private static String optional(Located<String> javaName) {
        return Located.valueOr(javaName, null);
    }
}
