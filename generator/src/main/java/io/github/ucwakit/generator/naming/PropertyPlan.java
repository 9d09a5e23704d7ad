package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.Property;

/**
 * The Java names of one property.
 *
 * @param accessor the accessor, also the builder's setter and the field
 * @param presence for a list, the method telling a present list from an absent one ({@code hasX}); otherwise
 *     {@code null}
 */
public record PropertyPlan(Property property, String accessor, String presence) {

    /** Whether the property is a list. */
    public boolean isList() {
        return presence != null;
    }
}
