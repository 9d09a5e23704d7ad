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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * transport stack, the token, the typed read) against the same request made by hand with a bare
 * {@link HttpClient} and {@link UcwaCodec} (the same token, Accept and href, the status checked, the body read into
 * {@code Me}). Run with {@code -t 1} and {@code -t 16} for 1 and 16 concurrent callers; {@code Mode.SampleTime}
 * gives p50 and p99, {@code Mode.Throughput} requests per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClientGetBenchmark {

    @Param({"JSON", "XML"})
    public PayloadFormat format;

    private UcwaSimulator simulator;
    private UcwaClient client;
    private Link me;
    private HttpClient bare;
    private UcwaCodec codec;
    private HttpRequest bareRequest;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        codec = UcwaCodec.of(new GeneratedBindings().bindings());
        simulator = UcwaSimulator.builder().codec(codec).build().start();
        client = UcwaClient.builder(simulator.rootUri()).format(format).codec(codec)
                .password(simulator.userName(), simulator.password()).build();
        me = client.signIn().me().orElseThrow().self().orElseThrow();
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        String token = token();
        bareRequest = HttpRequest.newBuilder(URI.create(simulator.origin()).resolve(me.href()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", format == PayloadFormat.JSON ? "application/json" : "application/xml")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        if (!clientGet().equals(bareGet())) {
            throw new IllegalStateException("the client and the bare baseline read different resources");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        simulator.close();
    }

    @Benchmark
    public Me clientGet() {
        return client.get(me, Me.class).value();
    }

    @Benchmark
    public Me bareGet() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = bare.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + me.href() + " answered " + response.statusCode());
        }
        return codec.read(response.body(), format, Me.class);
    }

    /** A token of the baseline's own, by the password grant, as a hand-written client gets one. */
    private String token() throws IOException, InterruptedException {
        String form = "grant_type=password&username=" + URLEncoder.encode(simulator.userName(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(simulator.password(), StandardCharsets.UTF_8);
        HttpRequest post = HttpRequest.newBuilder(URI.create(simulator.origin() + "/WebTicket/oauthtoken"))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        String body = bare.send(post, HttpResponse.BodyHandlers.ofString()).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("access_token").asText();
    }
}
