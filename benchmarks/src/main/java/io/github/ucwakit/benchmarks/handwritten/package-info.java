/**
 * The {@code conversation} and event-channel resources as a user writes them without a generator: plain Java
 * records, annotated for Jackson databind, shared by every hand-written baseline (databind, streaming, tree, StAX)
 * so that each baseline produces the same values. Enumerated values stay strings; dates are
 * {@link java.time.OffsetDateTime}.
 */
package io.github.ucwakit.benchmarks.handwritten;
