package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.ErrorRow;

/**
 * The constant of one error row in the class of error entries every operation shares
 * ({@link NamingPlan#errorEntries()}): error and subcode, for example {@code CONFLICT_ALREADY_EXISTS}, the same
 * constant for every row with the same error, status, subcode and description.
 */
public record ErrorRowPlan(ErrorRow row, String constant) {}
