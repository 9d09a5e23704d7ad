/**
 * The UCWA resources the simulator serves: their representations, built with the generated classes of
 * {@code io.github.ucwakit.api} and shaped like the reference's samples, the routes that serve them, and the events
 * their changes log.
 */
package io.github.ucwakit.simulator.resources;
