package io.github.ucwakit.importer.infer;

/**
 * The scalar kind the values of a property support.
 *
 * @param kind the descriptor scalar ({@code string}, {@code int}, ...), or {@code null} when nothing tells
 * @param review why the decision needs a human look, or {@code null}
 */
record KindDecision(String kind, String review) {}
