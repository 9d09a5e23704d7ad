/**
 * The validated, resolved model of a set of descriptors: immutable records, sorted by name, every node
 * with the {@link io.github.ucwakit.schema.SourceLocation} it was read from. Generators read only this model.
 *
 * <p>Defaults are applied: a link's target is its rel, an embedded rel is its key, {@code array} and
 * {@code required} are false. Descriptions and a scope's permission are never {@code null} (empty when the
 * descriptor has none); {@code Event.priority}, {@code Event.sender}, {@code Operation.response} and
 * {@code Operation.status} are {@code null} when the descriptor leaves them out, and so are every {@code javaName}
 * and {@code review}. Java names are derived with {@link io.github.ucwakit.schema.naming.JavaNames}; a
 * {@code javaName} replaces the derived member name or enumeration constant.
 */
package io.github.ucwakit.schema.model;
