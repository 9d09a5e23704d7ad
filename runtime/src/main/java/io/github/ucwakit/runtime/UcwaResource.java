package io.github.ucwakit.runtime;

import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * A UCWA resource read from or written to JSON or XML: a generated class or, for a rel no descriptor
 * describes, a {@link GenericResource}.
 */
@NullMarked
public interface UcwaResource {

    /** The resource's rel, for example {@code conversation}. */
    String rel();

    /** The self link; in XML it is the {@code href} attribute of {@code <resource>}. */
    Optional<Link> self();

    /**
     * Everything the payload held that the descriptor does not describe, kept in document order so that a
     * resource can be written back (a PUT) without losing what this client does not know.
     */
    UnknownMembers unknownMembers();
}
