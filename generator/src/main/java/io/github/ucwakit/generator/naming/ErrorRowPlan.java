package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.ErrorRow;

/**
 * The constant of one error row in its resource's errors class: the operation's method, error and subcode, for
 * example {@code GET_CONFLICT_ALREADY_EXISTS}.
 */
public record ErrorRowPlan(ErrorRow row, String constant) {}
