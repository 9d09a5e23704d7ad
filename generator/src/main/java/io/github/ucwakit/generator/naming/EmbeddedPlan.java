package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.model.Embedded;

/**
 * The Java names of one embedded resource.
 *
 * @param accessor the accessor, also the setter and the field: the key, with an {@code Embedded} suffix when the
 *     key is reserved or taken
 * @param presence for an array, the method telling a present array from an absent one; otherwise {@code null}
 * @param adder for an array, the builder method adding one resource; otherwise {@code null}
 * @param type the generated class of the embedded rel, or {@code GenericResource} when no descriptor describes it
 * @param binding the generated binding of the embedded rel, or {@code null} when it is read as a generic resource
 */
public record EmbeddedPlan(
        Embedded embedded, String accessor, String presence, String adder, ClassName type, ClassName binding) {

    public boolean isArray() {
        return embedded.array();
    }

    /** Whether no descriptor describes the embedded rel, so it is read as a generic resource. */
    public boolean isGeneric() {
        return binding == null;
    }
}
