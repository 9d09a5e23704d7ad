/**
 * Validation of the parse model: one small {@link io.github.ucwakit.schema.validate.Validator} per rule, each
 * returning every problem it finds; {@link io.github.ucwakit.schema.validate.Validators} runs them all. Internal to
 * the schema module.
 */
package io.github.ucwakit.schema.validate;
