package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.PropertyUse;
import java.util.List;

/**
 * What is known about the type of one property or request parameter.
 *
 * @param owner the resource it belongs to (its name may designate an enumeration: state of conversation)
 * @param uses how the samples show it
 * @param namedEnumerations enumerations the page names for it (description links), present or not
 * @param hint the type the page states, or {@code null}
 */
public record TypeQuestion(
        String name, String owner, List<PropertyUse> uses, List<String> namedEnumerations, TypeHint hint) {

    public TypeQuestion {
        uses = List.copyOf(uses);
        namedEnumerations = List.copyOf(namedEnumerations);
    }
}
