package io.github.ucwakit.importer.draft;

import java.util.List;

/** A resource descriptor as the importer will write it, before overrides. */
public record DraftResource(
        String name,
        String review,
        String description,
        List<DraftProperty> properties,
        List<DraftLink> links,
        List<DraftEmbedded> embedded,
        List<DraftEvent> events,
        List<DraftOperation> operations,
        List<DraftScope> scopes) {

    public DraftResource {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        embedded = List.copyOf(embedded);
        events = List.copyOf(events);
        operations = List.copyOf(operations);
        scopes = List.copyOf(scopes);
    }
}
