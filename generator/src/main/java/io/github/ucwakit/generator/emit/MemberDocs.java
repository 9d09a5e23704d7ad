package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.github.ucwakit.generator.naming.EmbeddedPlan;
import io.github.ucwakit.generator.naming.LinkPlan;
import io.github.ucwakit.generator.naming.ParameterPlan;
import io.github.ucwakit.generator.naming.PropertyPlan;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.ResourceLink;
import java.util.Objects;

/**
 * The Javadoc of accessors: the descriptor's description, followed in the same paragraph by where the value is on
 * the wire.
 */
final class MemberDocs {

    private MemberDocs() {}

    static CodeBlock property(PropertyPlan plan) {
        String wire = "Property " + Docs.code(plan.property().name()) + " of type "
                + Docs.code(plan.property().type().spelling()) + "; "
                + (plan.isList() ? absentList(plan.presence()) : "{@code null} when absent.");
        return doc(plan.property().description(), wire);
    }

    static CodeBlock link(LinkPlan plan) {
        ResourceLink link = plan.link();
        String target = Objects.requireNonNullElse(link.target(), link.rel());
        String wire = (plan.isArray() ? "Links " : "Link ") + Docs.code(link.rel())
                + (target.equals(link.rel()) ? "" : " to " + Docs.code(target) + " resources") + "; "
                + (plan.isArray() ? absentList(plan.presence()) : "empty when absent.");
        return doc(link.description(), wire);
    }

    static CodeBlock embedded(EmbeddedPlan plan) {
        Embedded embedded = plan.embedded();
        String wire = "Embedded under " + Docs.code(embedded.key()) + ", " + Docs.code(embedded.rel())
                + " resources; " + (plan.isArray() ? absentList(plan.presence()) : "empty when absent.");
        return doc(embedded.description(), wire);
    }

    /** A request parameter's description, or its name, and what an absent one gives. */
    static CodeBlock parameter(ParameterPlan plan) {
        Parameter p = plan.parameter();
        String doc = Docs.present(p.description()) ? Docs.text(p.description()) : "Parameter " + Docs.code(p.name());
        return Docs.javadoc(doc + (plan.isList() ? "\n\n<p>Empty when absent." : "\n\n<p>{@code null} when absent."));
    }

    static CodeBlock presence(Member member) {
        return Docs.javadoc("Whether the resource has {@link #" + member.name()
                + "()}, even empty; {@code false} when it was absent.");
    }

    /** Whether {@code text} ends with a full stop, an exclamation or question mark or a colon. */
    static boolean endsSentence(String text) {
        return !text.isEmpty() && ".!?:".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static String absentList(String presence) {
        return "empty when absent, which {@link #" + presence + "()} tells from empty.";
    }

    private static CodeBlock doc(String description, String wire) {
        if (!Docs.present(description)) {
            return Docs.javadoc(wire);
        }
        String text = Docs.text(description);
        return Docs.javadoc(text + (endsSentence(text) ? " " : ". ") + wire);
    }
}
