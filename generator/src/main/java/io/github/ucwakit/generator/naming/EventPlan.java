package io.github.ucwakit.generator.naming;

import io.github.ucwakit.schema.model.Event;

/** The constant of one event in its resource's events class, for example {@code ADDED}. */
public record EventPlan(Event event, String constant) {}
