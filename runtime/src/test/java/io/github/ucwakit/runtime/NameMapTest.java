package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameMap} behaves as a {@link LinkedHashMap} (insertion order, a name put again keeps its place), and names
 * sharing one hash code move its index to a keyed hash instead of making every insertion walk the others.
 */
class NameMapTest {

    private static final long SEED = Long.getLong("ucwakit.seed", 20_261_206L);

    @Test
    void keepsInsertionOrderAndThePlaceOfANamePutAgain() {
        NameMap<Integer> map = new NameMap<>();
        map.put("b", 1);
        map.put("a", 2);
        map.put("c", 3);
        map.put("a", 4);

        assertThat(map).containsExactly(Map.entry("b", 1), Map.entry("a", 4), Map.entry("c", 3));
        assertThat(map.putNew("a", 5)).isFalse();
        assertThat(map.putNew("d", 6)).isTrue();
        assertThat(map.get("a")).isEqualTo(4);
        assertThat(map.remove("b")).isEqualTo(1);
        assertThat(map.keySet()).containsExactly("a", "c", "d");
        assertThat(map).isEqualTo(Map.of("a", 4, "c", 3, "d", 6)).hasSameHashCodeAs(Map.of("a", 4, "c", 3, "d", 6));
        assertThat(new NameMap<>()).isEmpty();
        assertThat(new NameMap<>().get("x")).isNull();
    }

    @Test
    void aFrozenViewRefusesChanges() {
        NameMap<String> map = new NameMap<>();
        map.put("a", "1");

        Map<String, String> frozen = map.frozen();

        assertThatThrownBy(() -> frozen.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void namesSharingAHashCodeMoveTheIndexToAKeyedHash() {
        NameMap<Integer> map = new NameMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            names.add(colliding(i));
        }
        assertThat(names.stream().mapToInt(String::hashCode).distinct()).hasSize(1);

        for (int i = 0; i < names.size(); i++) {
            assertThat(map.putNew(names.get(i), i)).isTrue();
        }

        assertThat(map.hash().keyed()).isTrue();
        assertThat(map.keySet()).containsExactlyElementsOf(names);
        assertThat(map.putNew(names.get(4_321), -1)).isFalse();
        assertThat(map.get(names.get(4_321))).isEqualTo(4_321);
        assertThat(map.remove(names.get(0))).isZero();
        assertThat(map.get(names.get(1))).isEqualTo(1);
        assertThat(map).hasSize(4_999);
    }

    @Test
    void plainNamesKeepTheTable() {
        NameMap<Integer> map = new NameMap<>();
        for (int i = 0; i < 10_000; i++) {
            map.put("member" + i, i);
        }
        assertThat(map.hash().keyed()).isFalse();
        assertThat(map.get("member9999")).isEqualTo(9_999);
    }

    @Test
    void aKeyedIndexHasNoProbeLimit() {
        NameHash known = NameHash.withKey(1, 2);
        List<String> names = collidingUnder(known, 60);
        NameMap<Integer> map = new NameMap<>(8, known);

        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), i);
        }

        assertThat(map.hash()).isSameAs(known);
        assertThat(map.keySet()).containsExactlyElementsOf(names);
        for (int i = 0; i < names.size(); i++) {
            assertThat(map.get(names.get(i))).isEqualTo(i);
        }
    }

    /**
     * {@code count} names whose hash under {@code hash} falls in the first 8 of 256 slots: in any table of up to 256
     * slots they stand in one cluster, whose probes grow longer than an unkeyed table allows.
     */
    static List<String> collidingUnder(NameHash hash, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < count; i++) {
            String name = "m" + i;
            if ((hash.of(name) & 0xff) < 8) {
                names.add(name);
            }
        }
        return names;
    }

    /** Random puts, removes and lookups, the same on a NameMap and a LinkedHashMap; names from a small alphabet. */
    @Test
    void behavesAsALinkedHashMapUnderRandomOperations() {
        Random random = new Random(SEED);
        System.out.printf(Locale.ROOT, "name map operations: 200 maps, seed %d%n", SEED);
        for (int round = 0; round < 200; round++) {
            NameMap<Integer> map = new NameMap<>(random.nextInt(20));
            Map<String, Integer> model = new LinkedHashMap<>();
            boolean colliding = random.nextBoolean();
            for (int op = 0; op < 300; op++) {
                String name = colliding ? colliding(random.nextInt(64)) : "n" + random.nextInt(64);
                int value = random.nextInt();
                switch (random.nextInt(5)) {
                    case 0, 1 -> assertThat(map.put(name, value)).isEqualTo(model.put(name, value));
                    case 2 -> assertThat(map.putNew(name, value)).isEqualTo(model.putIfAbsent(name, value) == null);
                    case 3 -> assertThat(map.remove(name)).isEqualTo(model.remove(name));
                    default -> assertThat(map.get(name)).isEqualTo(model.get(name));
                }
            }
            assertThat(new ArrayList<>(map.entrySet())).as("seed %d round %d", SEED, round)
                    .containsExactlyElementsOf(new ArrayList<>(model.entrySet()));
        }
    }

    /** The {@code i}th name of {@code Aa} and {@code BB} blocks: all of them share one hash code. */
    static String colliding(int i) {
        StringBuilder name = new StringBuilder(32);
        for (int bit = 0; bit < 16; bit++) {
            name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return name.toString();
    }
}
