package io.github.ucwakit.runtime;

import java.security.SecureRandom;
import org.jspecify.annotations.NullMarked;

/**
 * How the runtime's tables of names taken from a payload ({@link NameMap}, {@link NameSet}) hash those names, in two
 * strengths. {@link #unkeyed()} mixes {@link String#hashCode()}: cached in the string, nearly free, but fixed and
 * public, so a sender can choose thousands of names sharing one (blocks of {@code Aa} and {@code BB}), and a table
 * probed by it then walks all of them on each insertion. A keyed hash is SipHash-2-4 of the name's UTF-16 code units
 * (the bytes of its UTF-16LE form) under a 128-bit key drawn at random: a function made for exactly this, whose
 * collisions cannot be found without the key, so a table probed by it costs O(1) per name whatever the names.
 *
 * <p>A table starts unkeyed; a probe longer than a few dozen slots, which a table at most half full meets by chance
 * rarely, makes it take the {@link #keyedHash() keyed hash} and rebuild its index once. A keyed table has no limit on
 * its probes: as in the hash tables of Python and Rust, which key SipHash the same way, the key drawn per process is
 * the defence. Normal documents never pay for SipHash; hostile ones pay one pass over each name. Hashes are never
 * written anywhere: what the runtime writes does not depend on them. Immutable and thread-safe.
 */
@NullMarked
public final class NameHash {

    private static final NameHash UNKEYED = new NameHash(false, 0, 0);
    private static final NameHash SHARED = fresh();

    private final boolean keyed;
    private final long k0;
    private final long k1;

    private NameHash(boolean keyed, long k0, long k1) {
        this.keyed = keyed;
        this.k0 = k0;
        this.k1 = k1;
    }

    /** {@link String#hashCode()}, its bits mixed: where every table starts. */
    public static NameHash unkeyed() {
        return UNKEYED;
    }

    /** The keyed hash, under the key this process drew at random when it first needed one. */
    public static NameHash keyedHash() {
        return SHARED;
    }

    private static NameHash fresh() {
        SecureRandom random = new SecureRandom();
        return new NameHash(true, random.nextLong(), random.nextLong());
    }

    /** A keyed hash under a given key: for tests, which compare it with other implementations of SipHash-2-4. */
    static NameHash withKey(long k0, long k1) {
        return new NameHash(true, k0, k1);
    }

    /** Whether this is a keyed hash. */
    public boolean keyed() {
        return keyed;
    }

    /** The hash of {@code name}. */
    public int of(String name) {
        if (!keyed) {
            return spread(name.hashCode());
        }
        long full = sipHash(name);
        return (int) (full ^ (full >>> 32));
    }

    /** Mixes every bit of a hash code into the low ones (MurmurHash3's finalizer). */
    private static int spread(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** SipHash-2-4 of the name's UTF-16LE bytes: four code units per 64-bit word, the byte length in the last. */
    long sipHash(String name) {
        Sip sip = new Sip(k0, k1);
        int length = name.length();
        int whole = length & ~3;
        for (int i = 0; i < whole; i += 4) {
            sip.compress(name.charAt(i) | (long) name.charAt(i + 1) << 16 | (long) name.charAt(i + 2) << 32
                    | (long) name.charAt(i + 3) << 48);
        }
        long last = (long) (length * 2 & 0xff) << 56;
        for (int i = whole; i < length; i++) {
            last |= (long) name.charAt(i) << (16 * (i - whole));
        }
        sip.compress(last);
        return sip.finish();
    }

    /** SipHash's state: four words, mixed by rounds of add, rotate and xor. */
    private static final class Sip {

        private long v0;
        private long v1;
        private long v2;
        private long v3;

        Sip(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        /** Takes one message word: two rounds. */
        void compress(long m) {
            v3 ^= m;
            rounds(2);
            v0 ^= m;
        }

        /** The hash: four rounds after the finalization constant. */
        long finish() {
            v2 ^= 0xff;
            rounds(4);
            return v0 ^ v1 ^ v2 ^ v3;
        }

        private void rounds(int count) {
            for (int round = 0; round < count; round++) {
                v0 += v1;
                v1 = Long.rotateLeft(v1, 13) ^ v0;
                v0 = Long.rotateLeft(v0, 32);
                v2 += v3;
                v3 = Long.rotateLeft(v3, 16) ^ v2;
                v0 += v3;
                v3 = Long.rotateLeft(v3, 21) ^ v0;
                v2 += v1;
                v1 = Long.rotateLeft(v1, 17) ^ v2;
                v2 = Long.rotateLeft(v2, 32);
            }
        }
    }
}
