/**
 * The parse model: immutable records close to the descriptor files ({@code ResourceElement},
 * {@code PropertyElement}, ...), holding raw strings with their locations, and the binder that builds them from a
 * located tree. An optional key the file does not set is {@code null} in its element. Internal to the schema
 * module; generators read {@link io.github.ucwakit.schema.model} instead.
 */
package io.github.ucwakit.schema.parse;
