/**
 * How descriptor names become Java names: the conversions ({@link io.github.ucwakit.schema.naming.JavaNames}) and
 * the names generated code keeps for itself ({@link io.github.ucwakit.schema.naming.ReservedNames}). Validation
 * checks names with these rules, and the generator derives its names with the same ones, so that a model that loads
 * without error always gives legal, distinct Java names.
 */
package io.github.ucwakit.schema.naming;
