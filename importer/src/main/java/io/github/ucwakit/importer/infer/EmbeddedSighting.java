package io.github.ucwakit.importer.infer;

import io.github.ucwakit.importer.sample.Cardinality;
import java.util.List;

/** One sample's view of an embedded key: how it is held and the rels of the resources under it. */
public record EmbeddedSighting(String key, Cardinality cardinality, List<String> rels) {

    public EmbeddedSighting {
        rels = List.copyOf(rels);
    }
}
