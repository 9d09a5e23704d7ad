package io.github.ucwakit.runtime;

import org.jspecify.annotations.NullMarked;

/**
 * The read loop every generated binding shares, of resources and of request bodies alike: it walks the reader's
 * members and offers each to the binding's {@link #readProperty}, {@link #readLink} or {@link #readEmbedded},
 * which switch on the member's name and fill the builder; a member the binding does not take is kept in
 * {@link UnknownMembers}, so that it is written back as it came.
 *
 * <p>A binding overrides only the methods for the kinds of member its class declares; the others take nothing.
 * The loop allocates nothing per member: no lambda, no boxing.
 *
 * @param <B> the builder of the generated class
 */
@NullMarked
public abstract class GeneratedReader<B> {

    /** Bindings are stateless singletons made by generated code. */
    protected GeneratedReader() {}

    /**
     * Reads every member of the resource the reader stands on into {@code builder}; returns the members the
     * binding did not take.
     */
    protected final UnknownMembers.Builder readMembers(ResourceReader reader, B builder) {
        UnknownMembers.Builder unknown = UnknownMembers.builder();
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            // compared with == rather than switched on, so that javac writes no switch-map class
            if (member == ResourceReader.Member.PROPERTY) {
                if (!readProperty(reader, builder)) {
                    unknown.readProperty(reader);
                }
            } else if (member == ResourceReader.Member.LINK) {
                if (!readLink(reader, builder)) {
                    unknown.readLink(reader);
                }
            } else if (member == ResourceReader.Member.EMBEDDED) {
                if (!readEmbedded(reader, builder)) {
                    unknown.readEmbedded(reader);
                }
            } else {
                throw new IllegalStateException("unexpected member " + member);
            }
        }
        return unknown;
    }

    /**
     * Reads the property the reader stands on ({@link ResourceReader#name()}) into the builder when the class
     * declares it; returns {@code false}, reading nothing, when it does not.
     */
    protected boolean readProperty(ResourceReader reader, B builder) {
        return false;
    }

    /**
     * Reads the link the reader stands on into the builder when the class declares its rel (a single link that
     * arrives in a JSON array is not taken); returns {@code false}, reading nothing, otherwise.
     */
    protected boolean readLink(ResourceReader reader, B builder) {
        return false;
    }

    /**
     * Reads the embedded resource the reader stands on into the builder when the class declares its key (or, in
     * XML, its rel); returns {@code false}, reading nothing, otherwise.
     */
    protected boolean readEmbedded(ResourceReader reader, B builder) {
        return false;
    }
}
