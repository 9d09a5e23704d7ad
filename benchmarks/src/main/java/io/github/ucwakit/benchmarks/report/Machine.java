package io.github.ucwakit.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The machine the report is written on (the one the benchmarks ran on): cores, memory, processor, system. */
public record Machine(int cores, long memoryBytes, String processor, String system) {

    public static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, readProcessor(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** For example {@code 2 cores, 23.5 GiB memory, <processor>, Linux 6.1 amd64}. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(cores).append(cores == 1 ? " core" : " cores");
        if (memoryBytes > 0) {
            text.append(String.format(Locale.ROOT, ", %.1f GiB memory", memoryBytes / (1024.0 * 1024 * 1024)));
        }
        if (!processor.isEmpty()) {
            text.append(", ").append(processor);
        }
        return text.append(", ").append(system).toString();
    }

    private static String readProcessor() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
