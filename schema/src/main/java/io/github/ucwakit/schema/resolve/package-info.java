/**
 * Resolution of a validated parse model into the model of {@link io.github.ucwakit.schema.model}: defaults
 * applied, types parsed, everything sorted by name, all in new objects. Internal to the schema module.
 */
package io.github.ucwakit.schema.resolve;
