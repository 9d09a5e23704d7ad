package io.github.ucwakit.docs.example;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource of the example payload: its rel, its self link and, when a descriptor describes it, the description
 * {@link ExampleBinding} fills with placeholder values.
 *
 * @param description the resource's descriptor, empty for a rel no descriptor describes or one already being
 *     written higher up (so that resources embedding each other end)
 * @param enclosing the rels of the resources this one is embedded in, outermost first
 */
record ExampleResource(String rel, Link selfLink, Optional<Resource> description, List<String> enclosing)
        implements UcwaResource {

    ExampleResource {
        Objects.requireNonNull(rel, "rel");
        Objects.requireNonNull(selfLink, "selfLink");
        enclosing = List.copyOf(enclosing);
    }

    @Override
    public Optional<Link> self() {
        return Optional.of(selfLink);
    }

    @Override
    public UnknownMembers unknownMembers() {
        return UnknownMembers.empty();
    }
}
