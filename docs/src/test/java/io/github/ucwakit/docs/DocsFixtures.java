package io.github.ucwakit.docs;

import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.model.ApiModel;
import java.nio.file.Path;
import java.util.List;

/** The models tests document. */
final class DocsFixtures {

    /** The conversation descriptor set (a copy of the sample module's first descriptors, so the pages stay put). */
    static final Path CONVERSATION_DESCRIPTORS = Path.of(System.getProperty(
            "ucwakit.docs.descriptors", "src/test/resources/conversation-descriptors"));

    private DocsFixtures() {}

    /** The conversation descriptor set, loaded and resolved by the schema module's loader. */
    static ApiModel conversationModel() {
        try {
            return new DescriptorLoader().load(List.of(CONVERSATION_DESCRIPTORS)).orThrow();
        } catch (DescriptorException e) {
            throw new IllegalStateException("the conversation descriptors do not load:\n" + e.getMessage(), e);
        }
    }
}
