package io.github.ucwakit.simulator.http;

/**
 * Answers one request. May throw {@link UcwaFailure} to answer with an error body instead.
 */
@FunctionalInterface
public interface Handler {

    SimResponse handle(SimRequest request);
}
