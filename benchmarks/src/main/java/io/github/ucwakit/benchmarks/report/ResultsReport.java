package io.github.ucwakit.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.benchmarks.generator.GeneratorMarkdown;
import io.github.ucwakit.benchmarks.generator.GeneratorResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Markdown report of a JMH run, and the generator's section when {@code --generator} names the JSON file
 * of {@code GeneratorMeasurements}; the generator's JMH results are read from {@code --generator-jmh} when given,
 * else from the run's own file. Prints the ratio and generator tables ({@link ConsoleSummary}).
 *
 * <p>Usage: {@code ResultsReport <jmh-result.json> <report.md> [--command TEXT] [--load TEXT] [--note TEXT]
 * [--generator FILE] [--generator-jmh FILE]}
 */
public final class ResultsReport {

    private ResultsReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length % 2 != 0) {
            System.err.println(
                    "usage: ResultsReport <jmh-result.json> <report.md> [--command TEXT] [--load TEXT] [--note TEXT]"
                            + " [--generator FILE] [--generator-jmh FILE]");
            System.exit(2);
        }
        String command = "";
        String load = "";
        String note = "";
        String generator = "";
        String generatorJmh = args[0];
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--command" -> command = args[i + 1];
                case "--load" -> load = args[i + 1];
                case "--note" -> note = args[i + 1];
                case "--generator" -> generator = args[i + 1];
                case "--generator-jmh" -> generatorJmh = args[i + 1];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        JmhRun run = JmhRun.read(Path.of(args[0]));
        String report = ResultsMarkdown.render(run, Machine.current(), command, load, note);
        if (!generator.isEmpty()) {
            GeneratorResults results = new ObjectMapper().readValue(Path.of(generator).toFile(), GeneratorResults.class);
            report += "\n" + GeneratorMarkdown.render(results, JmhRun.read(Path.of(generatorJmh)));
        }
        Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
        System.out.print(ConsoleSummary.of(report));
        System.out.println("wrote " + args[1]);
    }
}
