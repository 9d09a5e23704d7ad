package io.github.ucwakit.importer.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the enumeration of a string-valued property or parameter. An enumeration the page names (a description
 * link, a stated type) wins; otherwise the sample values decide: the one enumeration whose members hold them all
 * (one lone value must be confirmed by the name), or among several, the one the property's name designates. With
 * no sample value, an enumeration named exactly after the property is a guess marked for review.
 */
final class EnumChooser {

    /** Values the reference uses as placeholders; they say nothing about members. */
    private static final Set<String> PLACEHOLDERS = Set.of("samplevalue");

    private final EnumerationCatalog catalog;

    EnumChooser(EnumerationCatalog catalog) {
        this.catalog = catalog;
    }

    EnumChoice choose(String name, String owner, List<String> named, List<String> values) {
        List<String> evidence = values.stream().filter(v -> !v.isEmpty() && !PLACEHOLDERS.contains(v)).distinct()
                .toList();
        if (!named.isEmpty()) {
            return chooseNamed(named, evidence);
        }
        List<String> byName = catalog.names().stream()
                .filter(e -> Affinity.of(e, name, owner) == Affinity.STRONG).toList();
        if (evidence.isEmpty()) {
            return byName.size() == 1
                    ? new EnumChoice(byName.get(0), "no sample value; " + byName.get(0) + " chosen by name")
                    : EnumChoice.none();
        }
        EnumChoice byValues = chooseByValues(name, owner, evidence);
        if (byValues.enumeration() == null && byName.size() == 1) {
            String contradiction = values(evidence) + (evidence.size() == 1 ? " is" : " are") + " not a member of "
                    + byName.get(0) + ", which the name designates; typed string";
            return new EnumChoice(null, byValues.review() == null ? contradiction
                    : byValues.review().replace("; typed string", "; ") + contradiction);
        }
        return byValues;
    }

    private EnumChoice chooseNamed(List<String> named, List<String> values) {
        List<String> present = named.stream().filter(catalog::contains).distinct().toList();
        if (present.isEmpty()) {
            return new EnumChoice(null, "the page names enumeration " + String.join(", ", named.stream().distinct()
                    .toList()) + ", which has no page in the folder; typed string");
        }
        String chosen = present.stream().filter(e -> catalog.fits(e, values)).findFirst().orElse(present.get(0));
        List<String> strangers = catalog.strangers(chosen, values);
        String review = strangers.isEmpty() ? null
                : values(strangers) + (strangers.size() == 1 ? " is" : " are") + " not a member of "
                + chosen;
        return new EnumChoice(chosen, review);
    }

    private EnumChoice chooseByValues(String name, String owner, List<String> values) {
        List<String> fitting = catalog.fitting(values);
        if (fitting.isEmpty()) {
            return EnumChoice.none();
        }
        List<String> strong = fitting.stream().filter(e -> Affinity.of(e, name, owner) == Affinity.STRONG).toList();
        List<String> weak = fitting.stream().filter(e -> Affinity.of(e, name, owner) == Affinity.WEAK).toList();
        if (fitting.size() == 1) {
            String only = fitting.get(0);
            boolean confident = !strong.isEmpty() || !weak.isEmpty() || values.size() > 1;
            return confident ? new EnumChoice(only, null) : new EnumChoice(null, values(values)
                    + " fits only enumeration " + only + ", which the name does not confirm; typed string");
        }
        if (strong.size() == 1) {
            return new EnumChoice(strong.get(0), null);
        }
        List<String> byName = strong.isEmpty() ? weak : strong;
        if (byName.size() == 1) {
            return new EnumChoice(byName.get(0), values(values) + fit(values) + " " + fitting.size()
                    + " enumerations (" + String.join(", ", fitting) + "); " + byName.get(0) + " chosen by name");
        }
        return new EnumChoice(null, values(values) + fit(values) + " several enumerations ("
                + String.join(", ", fitting) + "); typed string");
    }

    /** "sample value 'x'" or "sample values 'x', 'y'". */
    private static String values(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add("'" + v + "'"));
        return (values.size() == 1 ? "sample value " : "sample values ") + String.join(", ", quoted);
    }

    private static String fit(List<String> values) {
        return values.size() == 1 ? " fits" : " fit";
    }

    /**
     * How strongly an enumeration's name matches a property's name: strong for {@code Importance} (importance),
     * {@code ConversationState} (state of conversation) or {@code InvitationState} (state of
     * participantInvitation), weak when it only starts or ends with the property's name.
     */
    enum Affinity {
        STRONG,
        WEAK,
        NONE;

        static Affinity of(String enumeration, String property, String owner) {
            String p = capitalize(property);
            String o = capitalize(owner);
            if (enumeration.equals(p) || enumeration.equals(o + p)) {
                return STRONG;
            }
            String qualifier = enumeration.endsWith(p) ? enumeration.substring(0, enumeration.length() - p.length())
                    : "";
            if (!qualifier.isEmpty() && o.endsWith(qualifier)) {
                return STRONG;
            }
            if (p.length() >= 4 && (enumeration.startsWith(p) || enumeration.endsWith(p))) {
                return WEAK;
            }
            return NONE;
        }

        private static String capitalize(String s) {
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
    }
}
