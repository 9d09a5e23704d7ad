package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.json.DatabindCodec;
import io.github.ucwakit.benchmarks.json.StreamingConversationCodec;
import io.github.ucwakit.benchmarks.json.TreeConversationCodec;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.sample.Conversation;
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

/** The seed's {@code conversation} JSON GET response, read and written by each contender. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 20, time = 1)
public class ConversationJsonBenchmark {

    private final UcwaCodec codec = SampleCodec.create();
    private final DatabindCodec databind = new DatabindCodec();
    private final StreamingConversationCodec streaming = new StreamingConversationCodec();
    private final TreeConversationCodec tree = new TreeConversationCodec();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    private byte[] payload;
    private ConversationRecord record;
    private Conversation conversation;

    @Setup
    public void setUp() throws Exception {
        payload = Payloads.load().conversationJson();
        record = BaselineChecks.conversationJson(payload);
        conversation = UcwakitChecks.conversationJson(codec, payload, record);
    }

    @Benchmark
    public Conversation readGenerated() {
        return codec.read(payload, PayloadFormat.JSON, Conversation.class);
    }

    @Benchmark
    public ConversationRecord readDatabind() throws IOException {
        return databind.readConversation(payload);
    }

    @Benchmark
    public ConversationRecord readStreaming() throws IOException {
        return streaming.read(payload);
    }

    @Benchmark
    public ConversationRecord readTree() throws IOException {
        return tree.read(payload);
    }

    @Benchmark
    public int writeGenerated() {
        out.reset();
        codec.write(conversation, PayloadFormat.JSON, out);
        return out.size();
    }

    @Benchmark
    public int writeDatabind() throws IOException {
        out.reset();
        databind.writeConversation(record, out);
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
