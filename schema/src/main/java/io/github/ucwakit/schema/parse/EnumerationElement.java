package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * An enumeration descriptor as written.
 *
 * @param sourceFile its path relative to its descriptor folder, with {@code /} separators
 * @param name the value of {@code enumeration}, {@code null} when missing
 */
public record EnumerationElement(
        SourceLocation location,
        String sourceFile,
        Located<String> name,
        Located<String> description,
        List<MemberElement> members) {

    public EnumerationElement {
        members = List.copyOf(members);
    }
}
