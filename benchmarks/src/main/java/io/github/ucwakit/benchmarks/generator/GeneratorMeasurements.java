package io.github.ucwakit.benchmarks.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures what JMH cannot: the command-line generator as a whole process on the whole API (JVM start included),
 * as users run it (the launcher script {@code ucwakit} next to the jar, after a first run that wrote its
 * class-data-sharing archive), as {@code java -jar} runs it, with the {@link #SHORT_RUN} options, and with those and
 * an application class-data-sharing archive that a first run writes; the size of the generated code; and
 * {@code javac} compiling it, both bindings included. Writes the results as JSON ({@link GeneratorResults}).
 *
 * <p>Usage: {@code GeneratorMeasurements <cli-jar> <result.json> [--cli-runs N] [--javac-runs N] [--variants]
 * [--launcher FILE]}; {@code --variants} adds {@code java -jar} with short-run JVM options and with an AppCDS
 * archive, and {@code javac} with C1
 * only; {@code --launcher} names the launcher script (default: {@code ucwakit} next to the jar; not measured when
 * there is none); {@code --javac-runs 0} leaves {@code javac} out. The descriptors
 * are found as {@link WholeApi#descriptors()} says; {@code javac} is the one of the running JDK, compiling against
 * what a user's build compiles generated code against ({@link RuntimeClassPath}) with the options Maven gives
 * {@code javac} for module {@code ucwa-api} ({@link #JAVAC_OPTIONS}).
 */
public final class GeneratorMeasurements {

    /**
     * JVM options for a process that runs for a second or two: the C1 compiler only (C2's compilations of the
     * generator cost more CPU than they save in so short a run) and the serial collector (no GC threads to start).
     */
    public static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * The options maven-compiler-plugin gives {@code javac} for the generated code of module {@code ucwa-api}
     * (debug information, release 17, UTF-8, every lint; annotation processing left at javac's default, which finds
     * no processor on the runtime's class path), less {@code -Werror}, which fails a build but costs nothing.
     */
    public static final List<String> JAVAC_OPTIONS = List.of("-g", "--release", "17", "-encoding", "UTF-8",
            "-Xlint:all");

    private GeneratorMeasurements() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GeneratorMeasurements <cli-jar> <result.json> [--cli-runs N] [--javac-runs N]"
                    + " [--variants] [--launcher FILE]");
            System.exit(2);
        }
        Path cliJar = Path.of(args[0]).toAbsolutePath();
        Path result = Path.of(args[1]);
        int cliRuns = 5;
        int javacRuns = 3;
        boolean variants = false;
        Path launcher = cliJar.resolveSibling("ucwakit");
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--cli-runs" -> cliRuns = Integer.parseInt(args[++i]);
                case "--javac-runs" -> javacRuns = Integer.parseInt(args[++i]);
                case "--variants" -> variants = true;
                case "--launcher" -> launcher = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path descriptors = WholeApi.descriptors();
        Path work = Files.createTempDirectory("ucwakit-generator-measure");
        try {
            GeneratorResults results = measure(cliJar, Files.isRegularFile(launcher) ? launcher : null, descriptors,
                    work, cliRuns, javacRuns, variants);
            Files.createDirectories(result.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(result.toFile(), results);
            System.out.println("wrote " + result);
        } finally {
            WholeApi.delete(work);
        }
    }

    static GeneratorResults measure(Path cliJar, Path launcher, Path descriptors, Path work, int cliRuns,
            int javacRuns, boolean variants) throws IOException, InterruptedException {
        String load = load();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path runs = Files.createDirectories(work.resolve("runs"));

        Timing cliLauncher = Timing.NONE;
        if (launcher != null) {
            // The launcher keeps its archive in UCWAKIT_CACHE: a first, unmeasured run writes it, as a user's does.
            Map<String, String> environment = Map.of("UCWAKIT_CACHE", work.resolve("launcher-cache").toString(),
                    "JAVA_HOME", System.getProperty("java.home"));
            TimedProcess.run(launcherCommand(launcher, descriptors, runs.resolve("launcher-first")), environment,
                    work);
            cliLauncher = TimedProcess.repeat(cliRuns, run -> launcherCommand(launcher, descriptors,
                    runs.resolve("launcher-" + run)), environment, work);
        }

        Timing cli = TimedProcess.repeat(cliRuns, run -> cliCommand(java, List.of(), cliJar, descriptors,
                runs.resolve("plain-" + run)), work);
        Timing cliShortRun = Timing.NONE;
        Timing cliAppCds = Timing.NONE;
        if (variants) {
            cliShortRun = TimedProcess.repeat(cliRuns, run -> cliCommand(java, SHORT_RUN, cliJar, descriptors,
                    runs.resolve("short-" + run)), work);
            Path archive = work.resolve("cli.jsa");
            List<String> dump = new ArrayList<>(SHORT_RUN);
            dump.add("-XX:ArchiveClassesAtExit=" + archive);
            TimedProcess.run(cliCommand(java, dump, cliJar, descriptors, runs.resolve("archive")), work);
            List<String> shared = new ArrayList<>(SHORT_RUN);
            shared.add("-XX:SharedArchiveFile=" + archive);
            cliAppCds = TimedProcess.repeat(cliRuns, run -> cliCommand(java, shared, cliJar, descriptors,
                    runs.resolve("cds-" + run)), work);
        }

        Path generated = runs.resolve("plain-0");
        SourceSize size = SourceSize.of(generated);
        Path arguments = work.resolve("sources.txt");
        List<String> lines = new ArrayList<>();
        for (Path source : SourceSize.sources(generated)) {
            lines.add("\"" + source.toString().replace("\\", "\\\\") + "\"");
        }
        Files.write(arguments, lines, StandardCharsets.UTF_8);
        Timing compile = javac(javacRuns, List.of(), arguments, work);
        Timing compileC1 = variants ? javac(javacRuns, List.of("-J-XX:TieredStopAtLevel=1"), arguments, work)
                : Timing.NONE;
        return new GeneratorResults(load, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), cliLauncher, cli, cliShortRun, cliAppCds, compile, compileC1, size, load());
    }

    /** {@code javac} of the sources the argument file lists, into a fresh folder per run. */
    private static Timing javac(int runs, List<String> options, Path arguments, Path work)
            throws IOException, InterruptedException {
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        String classPath = RuntimeClassPath.load();
        return TimedProcess.repeat(runs, run -> {
            Path classes = Files.createTempDirectory(work, "classes");
            List<String> command = new ArrayList<>(List.of(javac));
            command.addAll(options);
            command.addAll(JAVAC_OPTIONS);
            command.addAll(List.of("-d", classes.toString(), "-cp", classPath, "@" + arguments));
            return command;
        }, work);
    }

    private static List<String> cliCommand(String java, List<String> jvmOptions, Path cliJar, Path descriptors,
            Path out) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", cliJar.toString()));
        command.addAll(generateArguments(descriptors, out));
        return command;
    }

    private static List<String> launcherCommand(Path launcher, Path descriptors, Path out) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(generateArguments(descriptors, out));
        return command;
    }

    private static List<String> generateArguments(Path descriptors, Path out) {
        return List.of("generate", "-p", WholeApi.PACKAGE, "-o", out.toString(), "--no-state",
                descriptors.toString());
    }

    /** The load average (1, 5 and 15 minutes), or empty where the system does not tell. */
    static String load() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            String[] parts = Files.readString(loadavg, StandardCharsets.UTF_8).strip().split("\\s+");
            return String.join(" ", parts[0], parts[1], parts[2]);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
