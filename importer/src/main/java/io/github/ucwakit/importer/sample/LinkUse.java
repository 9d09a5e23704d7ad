package io.github.ucwakit.importer.sample;

import java.util.List;

/** A link rel as one sample shows it, with every href given. */
public record LinkUse(String rel, Cardinality cardinality, List<String> hrefs, String file, int line) {

    public LinkUse {
        hrefs = List.copyOf(hrefs);
    }
}
