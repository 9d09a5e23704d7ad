package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;
import java.util.List;

/**
 * A UCWA resource, named by its {@code rel}.
 *
 * @param sourceFile the descriptor's path relative to its descriptor folder, with {@code /} separators;
 *     generated files name it
 * @param review a note an importer left for a human reader, or {@code null}
 */
public record Resource(
        SourceLocation location,
        String sourceFile,
        String name,
        String description,
        List<Property> properties,
        List<ResourceLink> links,
        List<Embedded> embedded,
        List<Event> events,
        List<Operation> operations,
        List<Scope> scopes,
        String review) {

    public Resource {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        embedded = List.copyOf(embedded);
        events = List.copyOf(events);
        operations = List.copyOf(operations);
        scopes = List.copyOf(scopes);
    }

    /** A resource without review. */
    public Resource(
            SourceLocation location,
            String sourceFile,
            String name,
            String description,
            List<Property> properties,
            List<ResourceLink> links,
            List<Embedded> embedded,
            List<Event> events,
            List<Operation> operations,
            List<Scope> scopes) {
        this(location, sourceFile, name, description, properties, links, embedded, events, operations, scopes, null);
    }
}
