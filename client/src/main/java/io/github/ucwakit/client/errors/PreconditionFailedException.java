package io.github.ucwakit.client.errors;

import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.GenericError;
import io.github.ucwakit.runtime.errors.UcwaError;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A 412 Precondition Failed: the resource changed on the server since it was read, so the ETag sent as
 * {@code If-Match} no longer matches and the change was not applied. Read the resource again, apply the change to
 * the new version and send it again.
 */
public class PreconditionFailedException extends UcwaErrorException {

    private final @Nullable String sentEtag;

    public PreconditionFailedException(String method, URI uri, @Nullable UcwaError error, @Nullable ErrorEntry entry,
            @Nullable GenericError genericError, String bodyExcerpt, @Nullable String sentEtag) {
        super(method, uri, 412, error, entry, genericError, bodyExcerpt);
        this.sentEtag = sentEtag;
    }

    /** The ETag the refused request sent as {@code If-Match}; empty when it sent none. */
    public Optional<String> sentEtag() {
        return Optional.ofNullable(sentEtag);
    }
}
