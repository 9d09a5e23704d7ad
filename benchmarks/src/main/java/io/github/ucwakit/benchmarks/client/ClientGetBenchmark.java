package io.github.ucwakit.benchmarks.client;

import io.github.ucwakit.api.GeneratedBindings;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.simulator.UcwaSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A typed GET over loopback against the simulator: the client ({@code client.get(meLink, Me.class)}: the whole
 * transport stack, the token, the typed read) against the same request made by hand ({@link BareGet}: a bare
 * {@link HttpClient} and {@link UcwaCodec}, from the same link to the same {@code Me}). Run with {@code -t 1} and
 * {@code -t 16} for 1 and 16 concurrent callers; {@code Mode.SampleTime} gives p50 and p99 in milliseconds,
 * {@code Mode.Throughput} requests per millisecond (a thousandth of the requests per second).
 * {@link ClientOverheadBenchmark} measures the same two without the network.
 *
 * <p>The simulator runs in a process of its own ({@link SimulatorProcess}, the default {@code -p server=process}),
 * so that {@code -prof gc} and the CPU-time profiler count the client side of each request alone;
 * {@code -p server=in-jvm} starts it in the benchmark's JVM instead, as the first measurements did.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ClientGetBenchmark {

    @Param({"JSON", "XML"})
    public PayloadFormat format;

    /** Where the simulator runs: {@code process} (a child process) or {@code in-jvm}. */
    @Param({"process"})
    public String server;

    private AutoCloseable running;
    private UcwaClient client;
    private Link me;
    private BareGet bare;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        UcwaCodec codec = UcwaCodec.of(new GeneratedBindings().bindings());
        URI root;
        String origin;
        String user;
        String password;
        switch (server) {
            case "process" -> {
                SimulatorProcess process = SimulatorProcess.start();
                running = process;
                root = process.rootUri();
                origin = process.origin();
                user = process.userName();
                password = process.password();
            }
            case "in-jvm" -> {
                UcwaSimulator simulator = UcwaSimulator.builder().codec(codec).build().start();
                running = simulator;
                root = simulator.rootUri();
                origin = simulator.origin();
                user = simulator.userName();
                password = simulator.password();
            }
            default -> throw new IllegalArgumentException("server is 'process' or 'in-jvm', not '" + server + "'");
        }
        client = UcwaClient.builder(root).format(format).codec(codec).requestTimeout(BareGet.REQUEST_TIMEOUT)
                .password(user, password).build();
        me = client.signIn().me().orElseThrow().self().orElseThrow();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        bare = BareGet.signIn(http, codec, format, origin, user, password);
        if (!clientGet().equals(bareGet())) {
            throw new IllegalStateException("the client and the bare baseline read different resources");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        running.close();
    }

    @Benchmark
    public Me clientGet() {
        return client.get(me, Me.class).value();
    }

    @Benchmark
    public Me bareGet() throws IOException, InterruptedException {
        return bare.get(me);
    }
}
