package io.github.ucwakit.importer.infer;

/**
 * The type chosen for a property or parameter.
 *
 * @param spelling the descriptor spelling ({@code list<ConversationModalityType>})
 * @param review why the choice needs a human look, or {@code null}
 */
public record TypeChoice(String spelling, String review) {}
