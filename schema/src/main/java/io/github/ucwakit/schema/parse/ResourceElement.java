package io.github.ucwakit.schema.parse;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * A resource descriptor as written.
 *
 * @param location where its top-level mapping starts
 * @param sourceFile its path relative to its descriptor folder, with {@code /} separators
 * @param name the value of {@code resource}, {@code null} when missing
 * @param review a note for a human reader, {@code null} when absent
 */
public record ResourceElement(
        SourceLocation location,
        String sourceFile,
        Located<String> name,
        Located<String> description,
        List<PropertyElement> properties,
        List<LinkElement> links,
        List<EmbeddedElement> embedded,
        List<EventElement> events,
        List<OperationElement> operations,
        List<ScopeElement> scopes,
        Located<String> review) {

    public ResourceElement {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        embedded = List.copyOf(embedded);
        events = List.copyOf(events);
        operations = List.copyOf(operations);
        scopes = List.copyOf(scopes);
    }
}
