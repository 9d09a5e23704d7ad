package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.github.ucwakit.generator.naming.EmbeddedPlan;

/** The binding an embedded resource is read and written with: its generated binding, or the generic one. */
final class EmbeddedBindings {

    private EmbeddedBindings() {}

    static CodeBlock of(EmbeddedPlan embedded) {
        return embedded.isGeneric()
                ? CodeBlock.of("$T.$N", RuntimeTypes.GENERIC_RESOURCE, RuntimeTypes.GENERIC_BINDING_FIELD)
                : CodeBlock.of("$T.INSTANCE", embedded.binding());
    }
}
