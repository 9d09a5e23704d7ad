package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;

/**
 * A descriptor of an import before it is written: its tree (overrides applied, keys in order), its shape, and where
 * it came from, the location warnings about it name.
 *
 * @param origin the page it was imported from, or the descriptor file for one drafted from samples alone
 */
public record StagedDescriptor(String name, ObjectNode tree, DescriptorShape shape, SourceLocation origin) {

    public String fileName() {
        return name + ".yaml";
    }
}
