package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.ResourceLink;

/**
 * The Java names of one link other than {@code self}.
 *
 * @param accessor {@code xLink} for a single link, {@code xLinks} for an array; also the setter and the field
 * @param presence for an array, the method telling a present array from an absent one; otherwise {@code null}
 * @param adder for an array, the builder method adding one link; otherwise {@code null}
 */
public record LinkPlan(ResourceLink link, String accessor, String presence, String adder) {

    public boolean isArray() {
        return link.array();
    }
}
