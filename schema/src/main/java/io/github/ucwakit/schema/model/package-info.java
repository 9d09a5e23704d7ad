/**
 * The validated, resolved model of a set of descriptors: immutable records, sorted by name, every node
 * with the {@link io.github.ucwakit.schema.SourceLocation} it was read from. Generators read only this model.
 */
package io.github.ucwakit.schema.model;
