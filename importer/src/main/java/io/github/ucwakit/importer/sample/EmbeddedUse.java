package io.github.ucwakit.importer.sample;

import java.util.List;

/** A key under {@code _embedded} (an XML nested resource) as one sample shows it. */
public record EmbeddedUse(String key, Cardinality cardinality, List<SampleResource> resources) {

    public EmbeddedUse {
        resources = List.copyOf(resources);
    }
}
