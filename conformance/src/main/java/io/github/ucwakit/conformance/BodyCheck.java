package io.github.ucwakit.conformance;

/** A check of one kind of body the core of the suite does not read itself (inputs, event envelopes). */
@FunctionalInterface
public interface BodyCheck {

    Outcome check(PageSample sample);
}
