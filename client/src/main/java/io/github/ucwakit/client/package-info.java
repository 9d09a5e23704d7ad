/**
 * The UCWA client: {@link io.github.ucwakit.client.UcwaClient} (built with
 * {@link io.github.ucwakit.client.UcwaClientBuilder}) signs in and calls UCWA with the generated classes;
 * {@link io.github.ucwakit.client.Tagged} keeps the ETag a resource was read with for its PUT, and
 * {@link io.github.ucwakit.client.UcwaResponse} is the success of an operation.
 *
 * <p>Packages, from the bottom: {@code wire} (media types), {@code errors} (the exceptions and the mapping of
 * failed responses), {@code http} (the transports: JDK client, logging, retry), {@code auth} (challenge, tokens,
 * re-authentication), {@code discovery} (autodiscovery), {@code operations} (following operation resources), and this
 * package on top; no package depends on one above it.
 */
package io.github.ucwakit.client;
