package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NameSet} tells a name seen before, and keeps O(1) probes whatever the names. */
class NameSetTest {

    @Test
    void tellsANameSeenBefore() {
        NameSet set = new NameSet();

        assertThat(set.add("rel")).isTrue();
        assertThat(set.add("href")).isTrue();
        assertThat(set.add(new String("rel"))).isFalse();
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.hash().keyed()).isFalse();
    }

    @Test
    void plainNamesKeepTheUnkeyedHash() {
        NameSet set = new NameSet();
        for (int i = 0; i < 10_000; i++) {
            assertThat(set.add("member" + i)).isTrue();
        }
        assertThat(set.hash().keyed()).isFalse();
        assertThat(set.add("member9999")).isFalse();
    }

    @Test
    void namesSharingAHashCodeMoveTheSetToAKeyedHash() {
        NameSet set = new NameSet();
        for (int i = 0; i < 5_000; i++) {
            assertThat(set.add(NameMapTest.colliding(i))).isTrue();
        }
        assertThat(set.hash().keyed()).isTrue();
        assertThat(set.size()).isEqualTo(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(set.add(NameMapTest.colliding(i))).isFalse();
        }
    }

    @Test
    void aKeyedTableHasNoProbeLimit() {
        NameHash known = NameHash.withKey(1, 2);
        List<String> names = NameMapTest.collidingUnder(known, 60);
        NameSet set = new NameSet(known);

        for (String name : names) {
            assertThat(set.add(name)).isTrue();
        }

        assertThat(set.hash()).isSameAs(known);
        for (String name : names) {
            assertThat(set.add(name)).isFalse();
        }
        assertThat(set.size()).isEqualTo(60);
    }
}
