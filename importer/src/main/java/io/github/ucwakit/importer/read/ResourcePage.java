package io.github.ucwakit.importer.read;

import io.github.ucwakit.importer.page.PageFile;
import io.github.ucwakit.importer.sample.SampleText;
import java.util.List;

/**
 * What a resource page states, read into rows and samples; nothing inferred yet.
 *
 * @param summary the one-line description of the resource
 * @param details the Resource description paragraph(s), or {@code null}
 */
public record ResourcePage(
        PageFile file,
        String summary,
        String details,
        List<TableEntry> properties,
        List<TableEntry> links,
        List<ScopeEntry> scopes,
        List<EventEntry> events,
        List<SampleText> eventSamples,
        List<OperationSection> operations) {

    public ResourcePage {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        scopes = List.copyOf(scopes);
        events = List.copyOf(events);
        eventSamples = List.copyOf(eventSamples);
        operations = List.copyOf(operations);
    }

    public String name() {
        return file.name();
    }
}
