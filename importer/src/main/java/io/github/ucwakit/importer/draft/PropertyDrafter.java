package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.ResourceEvidence;
import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.infer.TypeChoice;
import io.github.ucwakit.importer.infer.TypeHint;
import io.github.ucwakit.importer.infer.TypeQuestion;
import io.github.ucwakit.importer.infer.TypeStatement;
import io.github.ucwakit.importer.read.OperationSection;
import io.github.ucwakit.importer.read.ParameterEntry;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.read.TableEntry;
import io.github.ucwakit.importer.sample.PropertyUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drafts the properties of a resource: the rows of its Properties table typed from the evidence, then the
 * properties only the samples show (marked for review). A listed property the samples only ever show as a link is
 * left to {@link LinkDrafter}.
 */
final class PropertyDrafter {

    private final DraftContext context;

    PropertyDrafter(DraftContext context) {
        this.context = context;
    }

    /** Listed properties the samples carry only as links. */
    static Set<String> carriedAsLinks(ResourcePage page, ResourceEvidence evidence) {
        Set<String> names = new TreeSet<>();
        for (TableEntry row : page.properties()) {
            if (evidence.property(row.name()).isEmpty() && !evidence.link(row.name()).isEmpty()) {
                names.add(row.name());
            }
        }
        return names;
    }

    List<DraftProperty> draft(ResourcePage page) {
        ResourceEvidence evidence = context.evidence().of(page.name());
        Set<String> asLinks = carriedAsLinks(page, evidence);
        Map<String, TypeHint> putHints = putHints(page);
        List<DraftProperty> properties = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (TableEntry row : page.properties()) {
            listed.add(row.name());
            if (asLinks.contains(row.name())) {
                continue;
            }
            Reviews reviews = new Reviews();
            String name = wireSpelling(row.name(), evidence);
            if (!name.equals(row.name())) {
                listed.add(name);
                reviews.add("the Properties table spells it '" + row.name() + "'; the samples' '" + name
                        + "' is used");
            }
            List<String> named = NamedEnumerations.of(page.file(), row.line(), row.links(), context.links());
            String type = type(page, name, evidence.property(name), named, putHints, reviews);
            if (!evidence.link(name).isEmpty()) {
                reviews.add("the samples also show a link with this name");
            }
            properties.add(new DraftProperty(name, type, reviews.joined(), row.description()));
        }
        for (String name : new TreeSet<>(evidence.propertyNames())) {
            if (listed.contains(name)) {
                continue;
            }
            Reviews reviews = new Reviews();
            reviews.add("not in the Properties table; seen in samples");
            String type = type(page, name, evidence.property(name), List.of(), putHints, reviews);
            properties.add(new DraftProperty(name, type, reviews.joined(), null));
        }
        return properties;
    }

    /**
     * The name as the samples spell it: a table row the samples never show under its own name, but show under one
     * name that differs only in case, takes the samples' spelling, since the samples are what travels on the wire.
     */
    private static String wireSpelling(String listed, ResourceEvidence evidence) {
        if (!evidence.property(listed).isEmpty()) {
            return listed;
        }
        List<String> sameButCase = evidence.propertyNames().stream()
                .filter(n -> n.equalsIgnoreCase(listed))
                .sorted()
                .toList();
        return sameButCase.size() == 1 ? sameButCase.get(0) : listed;
    }

    private String type(ResourcePage page, String name, List<PropertyUse> uses, List<String> named,
            Map<String, TypeHint> putHints, Reviews reviews) {
        TypeChoice choice = context.types().infer(new TypeQuestion(name, page.name(), uses, named,
                putHints.get(name)));
        reviews.add(choice.review());
        return choice.spelling();
    }

    /** The types the page's PUT request table states, by parameter name: a PUT body is the resource itself. */
    private static Map<String, TypeHint> putHints(ResourcePage page) {
        Map<String, TypeHint> hints = new HashMap<>();
        for (OperationSection operation : page.operations()) {
            if (!operation.method().equals("PUT")) {
                continue;
            }
            for (ParameterEntry row : operation.request()) {
                TypeStatement.split(row.description()).hint().ifPresent(h -> hints.putIfAbsent(row.name(), h));
            }
        }
        return hints;
    }
}
