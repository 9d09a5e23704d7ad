package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.WarningKind;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EmbeddedElement;
import io.github.ucwakit.schema.parse.EventElement;
import io.github.ucwakit.schema.parse.LinkElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import io.github.ucwakit.schema.parse.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Warns about references to resources no descriptor describes: link targets (except {@code self}), embedded rels,
 * event senders and operation responses. Only a warning: a page may link to resources not described yet, and the
 * generated code falls back to generic types for them.
 */
final class ReferenceValidator implements Validator {

    static final String SELF = "self";

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        Set<String> described = descriptors.resources().stream()
                .map(ResourceElement::name)
                .filter(Describe::isPresent)
                .map(Located::value)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(described);
        known.addAll(descriptors.unreadableNames());
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceElement resource : descriptors.resources()) {
            for (LinkElement link : resource.links()) {
                if (link.rel() != null && !link.rel().value().equals(SELF)) {
                    Located<String> target = link.target() != null ? link.target() : link.rel();
                    check(target, known, described, "link '" + link.rel().value() + "' points at", found);
                }
            }
            for (EmbeddedElement embedded : resource.embedded()) {
                if (embedded.key() != null) {
                    Located<String> rel = embedded.rel() != null ? embedded.rel() : embedded.key();
                    check(rel, known, described, "embedded '" + embedded.key().value() + "' holds", found);
                }
            }
            for (EventElement event : resource.events()) {
                check(event.sender(), known, described, Describe.named("event", event.type()) + " is sent by", found);
            }
            for (OperationElement operation : resource.operations()) {
                check(operation.response(), known, described, Describe.named("operation", operation.method())
                        + " responds with", found);
            }
        }
        return found;
    }

    private static void check(Located<String> reference, Set<String> known, Set<String> described, String subject,
            List<Diagnostic> found) {
        if (Describe.isPresent(reference) && !known.contains(reference.value())) {
            found.add(Diagnostic.warning(WarningKind.UNDESCRIBED_REFERENCE, reference.location(),
                    subject + " resource '" + reference.value() + "', which no descriptor describes"
                            + Suggestions.hint(reference.value(), described)));
        }
    }
}
