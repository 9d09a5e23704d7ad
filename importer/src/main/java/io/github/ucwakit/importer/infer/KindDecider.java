package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.Scalar;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the scalar kind of a property from its sample values. JSON values carry their token type and decide;
 * XML values are text and only confirm (a numeric-looking XML value that JSON shows as a string stays a string).
 * With XML alone, {@code True}/{@code False} are booleans, digits are integers and ISO-8601 texts are dates.
 */
final class KindDecider {

    private KindDecider() {}

    static KindDecision decide(List<Scalar> values) {
        Set<ValueClass> json = EnumSet.noneOf(ValueClass.class);
        Set<ValueClass> xml = EnumSet.noneOf(ValueClass.class);
        for (Scalar value : values) {
            ValueClass c = ValueClass.of(value);
            if (c != null) {
                (value.kind() == Scalar.Kind.TEXT ? xml : json).add(c);
            }
        }
        if (!json.isEmpty()) {
            ValueClass decided = merge(json);
            if (decided == null) {
                return scalar(ValueClass.STRING, "JSON samples disagree: " + spell(json));
            }
            if (isInteger(decided) && xml.contains(ValueClass.LONG)) {
                decided = ValueClass.LONG;
            }
            ValueClass finalDecided = decided;
            Set<ValueClass> clashes = xml.stream().filter(x -> !agrees(finalDecided, x))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ValueClass.class)));
            return scalar(decided, clashes.isEmpty() ? null
                    : "JSON samples show " + decided.spelling() + ", XML samples " + spell(clashes));
        }
        if (!xml.isEmpty()) {
            ValueClass decided = merge(xml);
            return decided == null
                    ? scalar(ValueClass.STRING, "XML samples disagree: " + spell(xml))
                    : scalar(decided, null);
        }
        return new KindDecision(null, null);
    }

    private static KindDecision scalar(ValueClass decided, String review) {
        if (decided.isScalar()) {
            return new KindDecision(decided.spelling(), review);
        }
        String why = "samples show a " + decided.spelling() + ", which no descriptor type holds; typed string";
        return new KindDecision("string", review == null ? why : review + "; " + why);
    }

    /** The one class of a set (int and long merge to long), or {@code null} when they disagree. */
    private static ValueClass merge(Set<ValueClass> classes) {
        if (classes.size() == 1) {
            return classes.iterator().next();
        }
        if (classes.equals(EnumSet.of(ValueClass.INT, ValueClass.LONG))) {
            return ValueClass.LONG;
        }
        return null;
    }

    private static boolean agrees(ValueClass json, ValueClass xml) {
        return json == xml
                || (json == ValueClass.STRING && isInteger(xml))
                || (isInteger(json) && isInteger(xml));
    }

    private static boolean isInteger(ValueClass c) {
        return c == ValueClass.INT || c == ValueClass.LONG;
    }

    private static String spell(Set<ValueClass> classes) {
        return classes.stream().map(ValueClass::spelling).collect(Collectors.joining(" and "));
    }
}
