package io.github.ucwakit.importer;

/**
 * A {@code review:} key an import left in a descriptor: where conflicting or missing evidence made the importer
 * guess.
 *
 * @param descriptor the descriptor's file name, e.g. {@code conversation.yaml}
 * @param node the node, e.g. {@code properties[audienceMute]} or {@code operations[POST].request[to]}; empty for
 *     the descriptor's top node
 * @param reason the value of the {@code review} key
 */
public record ReviewMark(String descriptor, String node, String reason) {

    @Override
    public String toString() {
        return descriptor + (node.isEmpty() ? "" : " " + node) + ": " + reason;
    }
}
