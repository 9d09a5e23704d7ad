/**
 * Autodiscovery: from the root URL to the {@code applications} resource, through the root and user resources and
 * their {@code redirect} and {@code xframe} links ({@link io.github.ucwakit.client.discovery.Autodiscovery}).
 */
package io.github.ucwakit.client.discovery;
