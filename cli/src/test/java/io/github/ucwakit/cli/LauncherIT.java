package io.github.ucwakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ucwakit} next to the packaged jar, run as users run it: a first {@code generate} writes
 * the class-data-sharing archive, later runs use it, and every run generates the same bytes as {@code java -jar}.
 * Runs after packaging (the build passes the script's path as {@code ucwakit.launcher}); needs {@code sh}.
 */
class LauncherIT {

    @TempDir
    Path temp;

    private Path launcher;
    private Path descriptors;
    private Path cache;

    /** What a process printed (standard output and error together) and its exit status. */
    private record Run(int status, String output) {}

    @BeforeEach
    void setUp() throws IOException {
        String property = System.getProperty("ucwakit.launcher");
        assertThat(property).as("system property ucwakit.launcher, the launcher script that mvn package builds"
                + " (target/ucwakit); the cli pom sets it for the launcher-tests execution").isNotNull();
        assertThat(Path.of(property)).as("the launcher named by ucwakit.launcher").isRegularFile();
        assertThat(Path.of("/bin/sh")).as("/bin/sh, which runs the launcher (a POSIX shell script)").isExecutable();
        launcher = Path.of(property);
        descriptors = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(descriptors.resolve("note.yaml"), UcwakitCommandTest.GOOD);
        cache = temp.resolve("cache");
    }

    private Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return start(command, environment);
    }

    private Run start(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("UCWAKIT_CACHE", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("UCWAKIT_OPTS");
        builder.environment().remove("UCWAKIT_CDS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    private Run generate(Path out, Map<String, String> environment) throws IOException, InterruptedException {
        return run(environment, "generate", "-p", "com.example.notes", "-o", out.toString(), "--no-state",
                descriptors.toString());
    }

    private List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theFirstGenerateWritesTheArchiveAndLaterRunsGenerateTheSameBytesAsJavaJar() throws Exception {
        Run first = generate(temp.resolve("first"), Map.of());
        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output()).contains("1 resource, 0 enumerations: ");
        assertThat(archives()).singleElement().satisfies(archive -> {
            assertThat(archive.getFileName().toString()).endsWith(".jsa");
            assertThat(Files.size(archive)).isPositive();
        });

        Run second = generate(temp.resolve("second"), Map.of());
        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).isEqualTo(first.output().replace("first", "second"));

        Path jar = launcher.resolveSibling(Files.readString(launcher).lines()
                .filter(line -> line.startsWith("jar=")).findFirst().orElseThrow()
                .replaceAll(".*/(ucwakit-cli-.*\\.jar)\"$", "$1"));
        Run plain = start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "generate", "-p", "com.example.notes", "-o", temp.resolve("plain").toString(),
                "--no-state", descriptors.toString()), Map.of());
        assertThat(plain.status()).as(plain.output()).isZero();
        assertThat(tree(temp.resolve("first"))).isNotEmpty()
                .isEqualTo(tree(temp.resolve("second"))).isEqualTo(tree(temp.resolve("plain")));
    }

    @Test
    void runsOnC1WithTheSerialCollectorAndPassesMoreOptionsThrough() throws Exception {
        Run flags = run(Map.of("UCWAKIT_OPTS", "-XX:+PrintCommandLineFlags -Dunused=1"), "--version");
        assertThat(flags.status()).as(flags.output()).isZero();
        assertThat(flags.output()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "ucwakit ");
    }

    @Test
    void onlyGenerateWritesAnArchiveAndUcwakitCdsOffWritesNone() throws Exception {
        assertThat(run(Map.of(), "validate", descriptors.toString()).status()).isZero();
        assertThat(archives()).isEmpty();
        assertThat(generate(temp.resolve("out"), Map.of("UCWAKIT_CDS", "off")).status()).isZero();
        assertThat(archives()).isEmpty();
    }

    @Test
    void aGenerateAskingForHelpOrFailingLeavesNoArchive() throws Exception {
        assertThat(run(Map.of(), "generate", "--help").status()).isZero();
        assertThat(run(Map.of(), "generate", "-V").status()).isZero();
        assertThat(archives()).isEmpty();
        Files.writeString(descriptors.resolve("bad.yaml"), "resource: bad\nproperties:\n  - name: x\n    type: strng\n");
        Run bad = generate(temp.resolve("bad"), Map.of());
        assertThat(bad.status()).as(bad.output()).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(archives()).as("no archive and no temporary file left in the cache").isEmpty();
    }

    @Test
    void aJarNewerThanTheArchiveMakesANewOne() throws Exception {
        assertThat(generate(temp.resolve("first"), Map.of()).status()).isZero();
        Path archive = archives().get(0);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(archive, old);
        assertThat(generate(temp.resolve("second"), Map.of()).status()).isZero();
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(old);
    }

    @Test
    void theExitStatusIsTheCommandLinesOwn() throws Exception {
        Files.writeString(descriptors.resolve("bad.yaml"), "resource: bad\nproperties:\n  - name: x\n    type: strng\n");
        Run bad = run(Map.of(), "validate", descriptors.toString());
        assertThat(bad.status()).as(bad.output()).isEqualTo(UcwakitCommand.DESCRIPTOR_ERRORS);
        assertThat(bad.output()).contains("bad.yaml:4:");
        assertThat(run(Map.of(), "generate", "--no-such-option").status()).isEqualTo(2);
    }
}
