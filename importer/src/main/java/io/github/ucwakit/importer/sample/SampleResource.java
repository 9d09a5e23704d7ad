package io.github.ucwakit.importer.sample;

import java.util.List;

/**
 * A resource (or request input) as one sample shows it, format-neutral.
 *
 * @param rel the resource's rel (JSON {@code rel}, XML {@code <property name="rel">} or {@code <resource rel>}),
 *     or {@code null} for a request input that names none
 */
public record SampleResource(
        String rel,
        SampleFormat format,
        String file,
        int line,
        List<PropertyUse> properties,
        List<LinkUse> links,
        List<EmbeddedUse> embedded) {

    public SampleResource {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        embedded = List.copyOf(embedded);
    }
}
