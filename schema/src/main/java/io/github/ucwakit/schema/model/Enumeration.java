package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * A named enumeration of string values.
 *
 * @param sourceFile the descriptor's path relative to its descriptor folder, with {@code /} separators
 * @param members the known values, in descriptor order
 */
public record Enumeration(
        SourceLocation location, String sourceFile, String name, String description, List<EnumMember> members) {

    public Enumeration {
        members = List.copyOf(members);
    }
}
