package io.github.ucwakit.runtime.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JSON document with more new member names than the shared table of names may take is read again without a table,
 * and gives what a read without a table gives, small and large, the second time as the first (the table that
 * overflowed stays out of the next reads).
 */
class NameTableFallbackTest {

    private static int run;

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "name-table fallback cases: %d%n", run);
    }

    /** Every JSON class read from bytes (request bodies are read from strings, which never share names). */
    @ParameterizedTest
    @EnumSource(value = HostilePayloads.class, mode = EnumSource.Mode.MATCH_ALL, names = "JSON_(?!INPUT).*")
    void readsWhatAReadWithoutATableReads(HostilePayloads hostile) {
        assertThat(hostile.format()).isEqualTo(PayloadFormat.JSON);
        for (int size : new int[] {2 * 1024, 256 * 1024, 2 * 1024, 256 * 1024}) {
            byte[] payload = hostile.ofSize(size);

            assertThat(hostile.write(hostile.read(payload))).as("%s at %,d bytes", hostile, payload.length)
                    .isEqualTo(hostile.readFromStreamAndWrite(payload));
            run++;
        }
    }
}
