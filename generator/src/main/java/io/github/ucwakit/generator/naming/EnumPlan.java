package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import java.util.List;

/** The Java names of one enumeration: its class and one constant per member, in descriptor order. */
public record EnumPlan(Enumeration enumeration, ClassName className, List<Constant> constants) {

    public EnumPlan {
        constants = List.copyOf(constants);
    }

    /** The constant of one member. */
    public record Constant(EnumMember member, String name) {}
}
