package io.github.ucwakit.benchmarks.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's runnable jar run as a child process, so that the server's work (its threads, its allocation, its
 * garbage collections) stays out of the benchmark's JVM and out of what {@code -prof gc} and the CPU-time profiler
 * count per request. Started with the same {@code java} as the benchmark and {@code -Dsun.net.httpserver.nodelay=true}
 * (without it the JDK's server waits for delayed ACKs and every request takes about 40 ms); its root URL, user and
 * password are read from what it prints. {@link #close()} stops it as Ctrl-C does.
 */
final class SimulatorProcess implements AutoCloseable {

    /** The system property naming the simulator's runnable jar. */
    static final String JAR_PROPERTY = "ucwakit.simulator.jar";
    /** Where the jar is when the benchmarks run from the project's root after {@code mvn -Pbenchmarks package}. */
    static final String DEFAULT_JAR = "simulator/target/ucwakit-simulator-0.1.0-SNAPSHOT-all.jar";

    private final Process process;
    private final URI rootUri;
    private final String userName;
    private final String password;

    private SimulatorProcess(Process process, URI rootUri, String userName, String password) {
        this.process = process;
        this.rootUri = rootUri;
        this.userName = userName;
        this.password = password;
    }

    /** Starts the simulator's jar ({@value #JAR_PROPERTY}, else {@value #DEFAULT_JAR}) and waits until it serves. */
    static SimulatorProcess start() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, DEFAULT_JAR)).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the simulator's runnable jar is not at " + jar + ": build it with"
                    + " mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dinvoker.skip, run the benchmark"
                    + " from the project's root, or name the jar with -D" + JAR_PROPERTY + "=...");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dsun.net.httpserver.nodelay=true",
                "-jar", jar.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        try {
            return started(process);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Reads the root URL, user and password the simulator prints, then drains the rest of its output. */
    private static SimulatorProcess started(Process process) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String root = null;
        String user = null;
        String password = null;
        List<String> seen = new ArrayList<>();
        try {
            String line;
            while ((root == null || user == null || password == null) && (line = out.readLine()) != null) {
                seen.add(line);
                String trimmed = line.trim();
                if (trimmed.startsWith("root URL:")) {
                    root = value(trimmed);
                } else if (trimmed.startsWith("user:")) {
                    user = value(trimmed);
                } else if (trimmed.startsWith("password:")) {
                    password = value(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read what the simulator printed", e);
        }
        if (root == null || user == null || password == null) {
            throw new IllegalStateException("the simulator ended without printing its root URL, user and password: "
                    + String.join("\n", seen));
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // the simulator's log, not needed
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "simulator-output");
        drain.setDaemon(true);
        drain.start();
        return new SimulatorProcess(process, URI.create(root), user, password);
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    URI rootUri() {
        return rootUri;
    }

    /** {@code scheme://host:port} of the simulator, what hrefs are relative to. */
    String origin() {
        return rootUri.getScheme() + "://" + rootUri.getRawAuthority();
    }

    String userName() {
        return userName;
    }

    String password() {
        return password;
    }

    /** Stops the simulator as Ctrl-C does, forcibly when it has not ended within 10 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
