package io.github.ucwakit.client.discovery;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where autodiscovery found UCWA for the signed-in user. Immutable.
 *
 * @param user the user resource that was read (the last one, after redirects)
 * @param applications the {@code applications} resource, where the application is created
 * @param xframe the cross-domain frame, when the server named one
 */
public record ServiceLocation(URI user, URI applications, @Nullable URI xframe) {

    public ServiceLocation {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(applications, "applications");
    }

    public Optional<URI> xframeUri() {
        return Optional.ofNullable(xframe);
    }
}
