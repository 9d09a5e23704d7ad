package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.testing.GenerateMain;
import io.github.ucwakit.generator.testing.GoldenCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same descriptors give the same bytes whatever the run, the folder order, the locale, the time zone, the
 * platform line separator and default encoding, and, for a shared services file, the order of the runs.
 */
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
        String separator = System.getProperty("line.separator");
        try {
            Random random = new Random(7);
            List<Locale> locales = List.of(Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("de-DE"));
            List<String> zones = List.of("Pacific/Kiritimati", "America/St_Johns");
            for (int run = 0; run < 4; run++) {
                Locale.setDefault(locales.get(run % 2));
                TimeZone.setDefault(TimeZone.getTimeZone(zones.get(run / 2)));
                System.setProperty("line.separator", run % 2 == 0 ? "\r\n" : "\r");
                Collections.shuffle(folders, random);
                Path out = temp.resolve("shuffled" + run);
                new UcwaGenerator().generate(GoldenCases.options(folders, GoldenCases.javaPackage(name), out));
                assertSameFiles(GoldenCases.readTree(out), baseline);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            System.setProperty("line.separator", separator);
        }
    }

    /**
     * A JVM started with {@code \r\n} as its line separator, another default encoding, locale and time zone, and
     * the descriptor folders in reverse order writes the same bytes as this one.
     */
    @Test
    void aJvmWithAnotherLineSeparatorEncodingLocaleAndTimeZoneWritesTheSameBytes() throws Exception {
        String name = "conversation";
        Map<String, byte[]> baseline = GoldenCases.generate(name, temp.resolve("baseline"));
        List<Path> folders = onePerDescriptor(GoldenCases.input(name), temp.resolve("split"));
        Collections.reverse(folders);
        Path out = temp.resolve("forked");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dline.separator=\r\n", "-Dfile.encoding=UTF-16", "-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Asia/Kathmandu",
                "-cp", System.getProperty("java.class.path"),
                GenerateMain.class.getName(), GoldenCases.javaPackage(name), out.toString()));
        folders.forEach(folder -> command.add(folder.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("forked.log").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("forked.log"))).isZero();
        assertSameFiles(GoldenCases.readTree(out), baseline);
    }

    /** Two runs sharing a resource folder leave the same services file whichever ran first. */
    @Test
    void aSharedServicesFileDoesNotDependOnTheOrderOfTheRuns() throws Exception {
        Path services = Path.of("resources", "META-INF", "services", "io.github.ucwakit.runtime.BindingProvider");
        byte[] conversationFirst = twoRuns(temp.resolve("one"), "conversation", "tricky").get(services);
        byte[] trickyFirst = twoRuns(temp.resolve("two"), "tricky", "conversation").get(services);
        assertThat(trickyFirst).isEqualTo(conversationFirst);
        assertThat(new String(conversationFirst, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")))
                .containsExactly("com.example.conversation.GeneratedBindings", "com.example.tricky.GeneratedBindings");
    }

    private Map<Path, byte[]> twoRuns(Path out, String first, String second) throws Exception {
        for (String name : List.of(first, second)) {
            new UcwaGenerator().generate(GoldenCases.options(List.of(GoldenCases.input(name)),
                    GoldenCases.javaPackage(name), out).withStateFile(out.resolve(name + ".state")));
        }
        Map<Path, byte[]> files = new TreeMap<>();
        GoldenCases.readTree(out).forEach((path, bytes) -> files.put(Path.of(path), bytes));
        return files;
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
