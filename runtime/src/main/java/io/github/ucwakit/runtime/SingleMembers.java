package io.github.ucwakit.runtime;

import java.util.Arrays;
import java.util.function.Supplier;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The single members (a link or an embedded resource that a class holds once, not a list) that one resource has
 * given so far, so that its reader refuses the second: a {@link ResourceReader} keeps one per resource, made for
 * the first claim. Which members are single only the binding knows (XML writes a list by repeating the rel), and
 * it says so by reading them with {@link ResourceReader#readSingleLink()} and
 * {@link ResourceReader#readSingleEmbedded(String)}.
 *
 * <p>Claims are the names of declared members, which the binding passes, never names taken from the document: at
 * most as many as the binding declares, so a plain array searched in order is enough, whatever the document
 * holds. Not thread-safe.
 */
@NullMarked
public final class SingleMembers {

    private static final int INITIAL_CAPACITY = 8;

    private String[] claimed = new String[INITIAL_CAPACITY];
    private int size;

    /**
     * Claims {@code member} in {@code claims}, made here for a resource's first claim, and returns the claims for the
     * reader to keep: a member the resource gave before is refused with {@link #givenTwice} at {@code location},
     * which is asked only then.
     *
     * @param what how the member is named in the message: {@code "link"} or {@code "embedded resource"}
     */
    public static SingleMembers claimOnce(@Nullable SingleMembers claims, String what, String member,
            Supplier<@Nullable String> location) {
        SingleMembers kept = claims == null ? new SingleMembers() : claims;
        if (!kept.claim(member)) {
            throw givenTwice(what, member, location.get());
        }
        return kept;
    }

    /** Claims {@code member}; {@code false} when the resource already gave it. */
    public boolean claim(String member) {
        for (int i = 0; i < size; i++) {
            if (claimed[i].equals(member)) {
                return false;
            }
        }
        if (size == claimed.length) {
            claimed = Arrays.copyOf(claimed, size * 2);
        }
        claimed[size++] = member;
        return true;
    }

    /**
     * The failure for a single member given a second time, at {@code location}.
     *
     * @param what how the member is named in the message: {@code "link"} or {@code "embedded resource"}
     */
    private static UcwaPayloadException givenTwice(String what, String member, @Nullable String location) {
        return new UcwaPayloadException(UcwaPayloadException.Kind.DUPLICATE, "the " + what + " '" + member
                + "' is given twice; the resource holds one", location);
    }
}
