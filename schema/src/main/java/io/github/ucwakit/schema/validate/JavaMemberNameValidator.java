package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
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
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Every member gets a legal Java name that generated code leaves free. Properties, embedded keys and parameters
 * become lowerCamel names, with {@link JavaNames#RESERVED_SUFFIX} appended when that name is a keyword, a literal or
 * a member name of the generated classes ({@link ReservedNames#member}), so only a name with no letter or digit
 * fails; links become {@code <rel>Link} accessors and enumeration members UPPER_SNAKE constants, which only need to
 * be legal identifiers. A name that fails is an error asking for a {@code javaName}; a {@code javaName} itself must
 * be a legal identifier, not a keyword, and for a property, embedded key or parameter, not a reserved member name.
 */
final class JavaMemberNameValidator implements Validator {

    private static final String ASK = "; give it a javaName";

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            for (PropertyElement property : resource.properties()) {
                checkMember(property.name(), property.javaName(), "property name", found);
            }
            for (EmbeddedElement embedded : resource.embedded()) {
                checkMember(embedded.key(), embedded.javaName(), "embedded key", found);
            }
            for (LinkElement link : resource.links()) {
                checkLink(link, found);
            }
            for (OperationElement operation : resource.operations()) {
                for (ParameterElement parameter : operation.request()) {
                    checkMember(parameter.name(), parameter.javaName(), "parameter name", found);
                }
            }
        }
        for (EnumerationElement enumeration : descriptors.enumerations()) {
            for (MemberElement member : enumeration.members()) {
                checkConstant(member, found);
            }
        }
        return found;
    }

    private static void checkMember(Located<String> name, Located<String> javaName, String what,
            List<Diagnostic> found) {
        if (javaName != null) {
            checkJavaName(javaName, true, found);
        } else if (Describe.isPresent(name)) {
            String java = JavaNames.memberName(name.value(), null);
            problem(java, "Java name", true).ifPresent(problem -> found.add(
                    Diagnostic.error(name.location(), subject(what, name, java, "Java name") + problem + ASK)));
        }
    }

    private static void checkLink(LinkElement link, List<Diagnostic> found) {
        if (link.javaName() != null) {
            checkJavaName(link.javaName(), false, found);
        } else if (Describe.isPresent(link.rel()) && !link.rel().value().equals(ReferenceValidator.SELF)) {
            Located<String> rel = link.rel();
            String accessor = JavaNames.lowerCamel(rel.value()).isEmpty()
                    ? "" : JavaNames.linkAccessor(rel.value(), null, Located.valueOr(link.array(), false));
            problem(accessor, "Java name", false).ifPresent(problem -> found.add(Diagnostic.error(rel.location(),
                    subject("link rel", rel, accessor, "Java name") + problem + ASK)));
        }
    }

    private static void checkConstant(MemberElement member, List<Diagnostic> found) {
        if (member.javaName() != null) {
            checkJavaName(member.javaName(), false, found);
        } else if (Describe.isPresent(member.name())) {
            String constant = JavaNames.upperSnake(member.name().value());
            problem(constant, "constant", false).ifPresent(problem -> found.add(
                    Diagnostic.error(member.name().location(),
                            subject("member name", member.name(), constant, "constant") + problem + ASK)));
        }
    }

    private static void checkJavaName(Located<String> javaName, boolean member, List<Diagnostic> found) {
        String name = javaName.value();
        Optional<String> problem = name.isEmpty() ? Optional.of(" is empty") : problem(name, "Java name", member);
        problem.ifPresent(p -> found.add(Diagnostic.error(javaName.location(), "javaName '" + name + "'" + p
                + (name.isEmpty() ? "; leave it out or write a Java identifier" : "; choose another"))));
    }

    /**
     * Why a Java name cannot be used, starting with a space, or empty when it can.
     *
     * @param javaKind what the name is, for the message: {@code Java name}, {@code constant}
     * @param member whether the name is a member of the generated resource class, where reserved names clash
     */
    private static Optional<String> problem(String java, String javaKind, boolean member) {
        if (java.isEmpty()) {
            return Optional.of(" holds no letter or digit to make a " + javaKind + " of");
        }
        if (!SourceVersion.isIdentifier(java)) {
            return Optional.of(" is not a legal Java identifier");
        }
        if (JavaNames.isLiteral(java)) {
            return Optional.of(" is a Java literal");
        }
        if (JavaNames.isKeyword(java)) {
            return Optional.of(" is a Java keyword");
        }
        if (member) {
            return ReservedNames.member(java).map(use -> " clashes with " + use);
        }
        return Optional.empty();
    }

    /** {@code property name 'x'}, with the derived name when it differs: {@code property name 'X' (Java name 'x')}. */
    private static String subject(String what, Located<String> name, String java, String javaKind) {
        String subject = what + " '" + name.value() + "'";
        return java.isEmpty() || java.equals(name.value()) ? subject : subject + " (" + javaKind + " '" + java + "')";
    }
}
