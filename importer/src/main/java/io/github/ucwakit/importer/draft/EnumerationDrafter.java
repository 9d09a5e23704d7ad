package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.read.EnumerationPage;

/** Drafts the descriptor of one enumeration page. */
public final class EnumerationDrafter {

    private EnumerationDrafter() {}

    public static DraftEnumeration draft(EnumerationPage page) {
        return new DraftEnumeration(page.name(), page.description(),
                page.members().stream().map(m -> new DraftMember(m.name(), m.description())).toList());
    }
}
