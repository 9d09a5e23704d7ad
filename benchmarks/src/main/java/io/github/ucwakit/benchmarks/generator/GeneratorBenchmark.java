package io.github.ucwakit.benchmarks.generator;

import io.github.ucwakit.generator.GenerateOptions;
import io.github.ucwakit.generator.GenerationResult;
import io.github.ucwakit.generator.UcwaGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generator on the whole API in a warm JVM, through {@code UcwaGenerator}, the facade the Maven goal and the
 * command line call: {@link #generateWholeApi()} generates every file into a fresh folder with no state file;
 * {@link #generateNoChange()} is the Maven goal's run on an unchanged project (state file present, descriptors,
 * configuration and output untouched), which must find everything up to date and write nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class GeneratorBenchmark {

    private final UcwaGenerator generator = new UcwaGenerator();
    private Path descriptors;
    private Path work;
    private GenerateOptions unchanged;
    private int run;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        descriptors = WholeApi.descriptors();
        work = Files.createTempDirectory("ucwakit-generator-bench");
        Path project = work.resolve("unchanged");
        unchanged = new GenerateOptions(List.of(descriptors), project.resolve("java"), project.resolve("resources"),
                WholeApi.PACKAGE)
                .withStateFile(project.resolve("state/generate.state"))
                .withConfigurationFingerprint("benchmark");
        GenerationResult first = generator.generate(unchanged);
        if (first.upToDate() || first.written().isEmpty()) {
            throw new IllegalStateException("the first run wrote nothing: " + first);
        }
        if (!generator.generate(unchanged).upToDate()) {
            throw new IllegalStateException("a second run without a change was not up to date");
        }
    }

    /** Deletes what the iteration's runs generated, so that the disk does not fill up over a long run. */
    @TearDown(Level.Iteration)
    public void deleteRuns() {
        WholeApi.delete(work.resolve("runs"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        WholeApi.delete(work);
    }

    @Benchmark
    public GenerationResult generateWholeApi() throws Exception {
        Path out = work.resolve("runs").resolve(Integer.toString(run++));
        GenerationResult result = generator.generate(new GenerateOptions(List.of(descriptors), out, out,
                WholeApi.PACKAGE));
        if (result.written().isEmpty()) {
            throw new IllegalStateException("nothing written");
        }
        return result;
    }

    @Benchmark
    public GenerationResult generateNoChange() throws Exception {
        GenerationResult result = generator.generate(unchanged);
        if (!result.upToDate()) {
            throw new IllegalStateException("not up to date: " + result);
        }
        return result;
    }
}
