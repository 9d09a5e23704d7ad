package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import java.util.List;

/** Runs every validation rule and gathers all their diagnostics. */
public final class Validators {

    private static final List<Validator> ALL = List.of(
            new EmptyNameValidator(),
            new DuplicateDefinitionValidator(),
            new DuplicateMemberValidator(),
            new TypeValidator(),
            new IdentifierValidator(),
            new JavaMemberNameValidator(),
            new JavaNameCollisionValidator(),
            new GeneratedClassNameValidator(),
            new EmbeddedCycleValidator(),
            new EventTypeValidator(),
            new MethodValidator(),
            new StatusCodeValidator(),
            new ReferenceValidator());

    private Validators() {}

    public static List<Diagnostic> validate(DescriptorSet descriptors) {
        // The rules keep no state and only read the descriptors: they run on every core, reported in rule order.
        return ALL.parallelStream().flatMap(validator -> validator.validate(descriptors).stream()).toList();
    }
}
