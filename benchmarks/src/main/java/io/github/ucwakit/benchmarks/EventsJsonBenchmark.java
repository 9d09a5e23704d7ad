package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.json.DatabindCodec;
import io.github.ucwakit.benchmarks.json.StreamingEventsCodec;
import io.github.ucwakit.benchmarks.json.TreeEventsCodec;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An event-channel JSON response with an embedded resource, read and written by each contender. ucwakit reads it
 * with its typed event-channel codec, the embedded {@code communication} with the sample's generated binding.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 20, time = 1)
public class EventsJsonBenchmark {

    private final EventChannelCodec codec = new EventChannelCodec(SampleCodec.create());
    private final DatabindCodec databind = new DatabindCodec();
    private final StreamingEventsCodec streaming = new StreamingEventsCodec();
    private final TreeEventsCodec tree = new TreeEventsCodec();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    private byte[] payload;
    private EventsRecord record;
    private EventChannelResponse response;

    @Setup
    public void setUp() throws Exception {
        payload = Payloads.load().eventsJson();
        record = BaselineChecks.eventsJson(payload);
        response = UcwakitChecks.eventsJson(codec, payload, record);
    }

    @Benchmark
    public EventChannelResponse readGenerated() {
        return codec.read(payload, PayloadFormat.JSON);
    }

    @Benchmark
    public EventsRecord readDatabind() throws IOException {
        return databind.readEvents(payload);
    }

    @Benchmark
    public EventsRecord readStreaming() throws IOException {
        return streaming.read(payload);
    }

    @Benchmark
    public EventsRecord readTree() throws IOException {
        return tree.read(payload);
    }

    @Benchmark
    public int writeGenerated() {
        out.reset();
        codec.write(response, PayloadFormat.JSON, out);
        return out.size();
    }

    @Benchmark
    public int writeDatabind() throws IOException {
        out.reset();
        databind.writeEvents(record, out);
        return out.size();
    }

    @Benchmark
    public int writeStreaming() throws IOException {
        out.reset();
        streaming.write(record, out);
        return out.size();
    }

    @Benchmark
    public int writeTree() throws IOException {
        out.reset();
        tree.write(record, out);
        return out.size();
    }
}
