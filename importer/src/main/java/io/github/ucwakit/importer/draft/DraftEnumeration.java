package io.github.ucwakit.importer.draft;

import java.util.List;

/** An enumeration descriptor as the importer will write it, before overrides. */
public record DraftEnumeration(String name, String description, List<DraftMember> members) {

    public DraftEnumeration {
        members = List.copyOf(members);
    }
}
