package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.PropertyUse;
import io.github.ucwakit.importer.sample.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Infers the descriptor type of a property or parameter: its shape (list or single) from the samples, its scalar
 * kind from the sample values ({@link KindDecider}), an enumeration when the page names one or the values fit
 * one ({@link EnumChooser}), the page's stated type where the samples are silent; string when nothing tells.
 */
public final class TypeInferrer {

    private final EnumChooser enums;

    public TypeInferrer(EnumerationCatalog catalog) {
        this.enums = new EnumChooser(catalog);
    }

    public TypeChoice infer(TypeQuestion question) {
        Reviews reviews = new Reviews();
        boolean list = shape(question, reviews);
        List<Scalar> values = new ArrayList<>();
        question.uses().forEach(use -> values.addAll(use.values()));
        KindDecision decided = KindDecider.decide(values);
        reviews.add(decided.review());
        TypeHint hint = question.hint();
        String kind = decided.kind();
        if (hint != null) {
            kind = reconcile(kind, hint, reviews);
        }
        String base = kind;
        if (kind == null || kind.equals("string")) {
            List<String> named = new ArrayList<>(question.namedEnumerations());
            if (hint != null && hint.enumeration() != null) {
                named.add(0, hint.enumeration());
            }
            List<String> texts = values.stream().filter(v -> v.kind() != Scalar.Kind.NULL).map(Scalar::text).toList();
            EnumChoice choice = enums.choose(question.name(), question.owner(), named, texts);
            reviews.add(choice.review());
            base = choice.enumeration() != null ? choice.enumeration() : "string";
            if (kind == null && choice.enumeration() == null && choice.review() == null) {
                reviews.add(hint == null ? "no sample value and no stated type; typed string"
                        : "stated type " + hint.stated() + " has no descriptor counterpart; typed string");
            }
        }
        return new TypeChoice(list ? "list<" + base + ">" : base, reviews.joined());
    }

    private static boolean shape(TypeQuestion question, Reviews reviews) {
        boolean anyList = question.uses().stream().anyMatch(PropertyUse::list);
        boolean anySingle = question.uses().stream()
                .anyMatch(use -> !use.list() && use.values().stream().anyMatch(v -> v.kind() != Scalar.Kind.NULL));
        if (anyList && anySingle) {
            reviews.add("samples show both a list and a single value; typed as a list");
        }
        TypeHint hint = question.hint();
        if (hint != null && hint.array() && anySingle && !anyList) {
            reviews.add("the page states an array, the samples a single value; typed as a list");
            return true;
        }
        return anyList || (hint != null && hint.array() && question.uses().isEmpty());
    }

    /** The kind to use given what the page states; samples win when both speak and disagree. */
    private static String reconcile(String sampled, TypeHint hint, Reviews reviews) {
        if (hint.other() != null) {
            reviews.add("the page states type " + hint.stated() + ", which no descriptor type holds");
            return sampled == null ? "string" : sampled;
        }
        String stated = hint.enumeration() != null ? "string" : hint.kind();
        if (sampled == null) {
            return stated;
        }
        if (!sampled.equals(stated)) {
            reviews.add("the page states " + hint.stated() + ", the samples show " + sampled);
        }
        return sampled;
    }
}
