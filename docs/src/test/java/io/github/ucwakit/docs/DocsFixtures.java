package io.github.ucwakit.docs;

import io.github.ucwakit.schema.model.ApiModel;

/** The models tests document. */
final class DocsFixtures {

    private DocsFixtures() {}

    /** The conversation descriptor set. */
    static ApiModel conversationModel() {
        return ConversationModel.model();
    }
}
