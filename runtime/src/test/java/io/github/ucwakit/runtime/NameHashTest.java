package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link NameHash}'s keyed hash is SipHash-2-4 as Guava computes it, and names chosen to collide do not. */
class NameHashTest {

    private static final long SEED = Long.getLong("ucwakit.seed", 20_261_207L);

    @Test
    void theKeyedHashIsSipHash24OfTheUtf16leBytes() {
        Random random = new Random(SEED);
        System.out.printf(Locale.ROOT, "name hash: 2000 names against Guava's SipHash-2-4, seed %d%n", SEED);
        for (int i = 0; i < 2_000; i++) {
            long k0 = random.nextLong();
            long k1 = random.nextLong();
            String name = randomName(random, random.nextInt(41));
            long expected = Hashing.sipHash24(k0, k1).hashBytes(name.getBytes(StandardCharsets.UTF_16LE)).asLong();

            assertThat(NameHash.withKey(k0, k1).sipHash(name)).as("seed %d name %d", SEED, i).isEqualTo(expected);
        }
    }

    @Test
    void namesSharingAStringHashCodeSpreadUnderAKey() {
        NameHash keyed = NameHash.withKey(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        Set<Integer> unkeyed = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 4_096; i++) {
            String name = NameMapTest.colliding(i);
            unkeyed.add(NameHash.unkeyed().of(name));
            hashes.add(keyed.of(name) & 0xffff);
        }
        assertThat(unkeyed).hasSize(1);
        // 4,096 random draws from 65,536 values repeat about 125 times; a table of 8,192 slots would see no cluster
        assertThat(hashes).hasSizeGreaterThan(3_800);
    }

    @Test
    void theKeyedHashIsOneKeyPerProcess() {
        assertThat(NameHash.unkeyed().keyed()).isFalse();
        assertThat(NameHash.keyedHash().keyed()).isTrue();
        assertThat(NameHash.keyedHash()).isSameAs(NameHash.keyedHash());
        assertThat(NameHash.unkeyed().of("Aa")).isEqualTo(NameHash.unkeyed().of("BB"));
        assertThat(NameHash.keyedHash().of("Aa")).isNotEqualTo(NameHash.keyedHash().of("BB"));
    }

    private static String randomName(Random random, int length) {
        StringBuilder name = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> name.append((char) ('a' + random.nextInt(26)));
                case 1 -> name.appendCodePoint(0x1F600 + random.nextInt(64));
                case 2 -> name.append((char) random.nextInt(0xD800));
                default -> name.append(random.nextBoolean() ? "Aa" : "BB");
            }
        }
        return name.toString();
    }
}
