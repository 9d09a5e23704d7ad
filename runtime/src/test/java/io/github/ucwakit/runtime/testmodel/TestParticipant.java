package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.Optional;

/** A small embedded test resource, {@code participant}. */
public record TestParticipant(Link selfLink, String name, Boolean anonymous, UnknownMembers unknownMembers)
        implements UcwaResource {

    public static final String REL = "participant";

    @Override
    public String rel() {
        return REL;
    }

    @Override
    public Optional<Link> self() {
        return Optional.ofNullable(selfLink);
    }
}
