package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.testing.GoldenCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same descriptors give the same bytes whatever the run, the folder order, the locale or the time zone. */
class DeterminismTest {

    @TempDir
    Path temp;

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatingTwiceGivesTheSameBytes(String name) throws Exception {
        Map<String, byte[]> first = GoldenCases.generate(name, temp.resolve("first"));
        Map<String, byte[]> second = GoldenCases.generate(name, temp.resolve("second"));
        assertSameFiles(second, first);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void folderOrderLocaleAndTimeZoneChangeNothing(String name) throws Exception {
        Map<String, byte[]> baseline = GoldenCases.generate(name, temp.resolve("baseline"));
        List<Path> folders = onePerDescriptor(GoldenCases.input(name), temp.resolve("split"));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Random random = new Random(7);
            for (int run = 0; run < 3; run++) {
                Collections.shuffle(folders, random);
                Path out = temp.resolve("shuffled" + run);
                new UcwaGenerator().generate(GoldenCases.options(folders, GoldenCases.javaPackage(name), out));
                assertSameFiles(GoldenCases.readTree(out), baseline);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** Copies each descriptor into a folder of its own, so that the folder list decides the reading order. */
    private static List<Path> onePerDescriptor(Path input, Path target) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> files = Files.list(input)) {
            for (Path file : files.sorted().toList()) {
                Path folder = target.resolve("d" + folders.size());
                Files.createDirectories(folder);
                Files.copy(file, folder.resolve(file.getFileName()));
                folders.add(folder);
            }
        }
        return folders;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        actual.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
    }
}
