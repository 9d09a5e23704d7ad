package io.github.ucwakit.benchmarks.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a child process and measures it: wall-clock time around the process, CPU time (user + system)
 * through {@code /usr/bin/time} when the machine has it. A command that fails stops the measurement with its
 * output.
 */
final class TimedProcess {

    private static final Path TIME = Path.of("/usr/bin/time");

    private TimedProcess() {}

    /** One run: {@code [wall seconds, CPU seconds]}. */
    static double[] run(List<String> command, Path scratch) throws IOException, InterruptedException {
        return run(command, Map.of(), scratch);
    }

    /** One run with more environment variables: {@code [wall seconds, CPU seconds]}. */
    static double[] run(List<String> command, Map<String, String> environment, Path scratch)
            throws IOException, InterruptedException {
        Path times = Files.createTempFile(scratch, "time", ".txt");
        Path output = Files.createTempFile(scratch, "output", ".txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        }
        full.addAll(command);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        int status = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IOException("exit status " + status + " from " + String.join(" ", command) + "\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        double cpu = Double.NaN;
        if (timed) {
            String[] parts = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
            cpu = Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]);
        }
        Files.delete(times);
        Files.delete(output);
        return new double[] {wall, cpu};
    }

    /** {@code runs} runs of the commands {@code commands} makes, one per run (each may use a fresh folder). */
    static Timing repeat(int runs, CommandSource commands, Path scratch) throws IOException, InterruptedException {
        return repeat(runs, commands, Map.of(), scratch);
    }

    /** {@code runs} runs with more environment variables. */
    static Timing repeat(int runs, CommandSource commands, Map<String, String> environment, Path scratch)
            throws IOException, InterruptedException {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] one = run(commands.command(i), environment, scratch);
            wall.add(one[0]);
            cpu.add(one[1]);
        }
        return new Timing(wall, cpu);
    }

    /** The command of the {@code run}th run. */
    @FunctionalInterface
    interface CommandSource {
        List<String> command(int run) throws IOException;
    }
}
