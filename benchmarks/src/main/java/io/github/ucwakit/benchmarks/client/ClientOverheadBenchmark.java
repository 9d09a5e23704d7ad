package io.github.ucwakit.benchmarks.client;

import io.github.ucwakit.api.GeneratedBindings;
import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.simulator.UcwaSimulator;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's own work per typed GET, without the network: the two contenders of {@link ClientGetBenchmark}
 * ({@code client.get(meLink, Me.class)} and {@link BareGet}) on one {@link ReplayingHttpClient} that answers every
 * request with the response the simulator gave to the client's GET of {@code Me}. Both build and send the request
 * and read the body into {@code Me} as over loopback; the difference of their times (and of their allocation under
 * {@code -prof gc}) is what the client adds: its transports, the token, the typed response. Single-threaded and
 * bound by the CPU alone, it hardly moves when other processes share the machine, unlike the loopback round trip.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ClientOverheadBenchmark {

    @Param({"JSON", "XML"})
    public PayloadFormat format;

    private UcwaClient client;
    private Link me;
    private BareGet bare;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        UcwaCodec codec = UcwaCodec.of(new GeneratedBindings().bindings());
        try (UcwaSimulator simulator = UcwaSimulator.builder().codec(codec).build().start()) {
            ReplayingHttpClient http = new ReplayingHttpClient(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
            client = UcwaClient.builder(simulator.rootUri()).format(format).codec(codec).httpClient(http)
                    .requestTimeout(BareGet.REQUEST_TIMEOUT).password(simulator.userName(), simulator.password())
                    .build();
            me = client.signIn().me().orElseThrow().self().orElseThrow();
            bare = BareGet.signIn(http, codec, format, simulator.origin(), simulator.userName(),
                    simulator.password());
            Me received = clientGet();
            http.replay();
            if (!received.equals(clientGet()) || !received.equals(bareGet())) {
                throw new IllegalStateException("the replayed response is not the Me the simulator sent");
            }
        }
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
