package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.benchmarks.xml.StaxConversationCodec;
import io.github.ucwakit.benchmarks.xml.StaxEventsCodec;
import io.github.ucwakit.benchmarks.xml.XmlFactories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
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
 * Why the hand-written StAX writers write into a {@link io.github.ucwakit.benchmarks.xml.DocumentBuffer}: the same
 * documents written by the same code, once with the JDK's writer made straight on the {@link ByteArrayOutputStream}
 * the other benchmarks write to ({@code *Unbuffered}, how the baseline wrote before), once through the codec's
 * buffer ({@code *Buffered}, what {@code writeStax} of the XML benchmarks measures). Not part of the quick or full
 * run; run it with {@code java -jar benchmarks/target/benchmarks.jar StaxSinkBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StaxSinkBenchmark {

    private final XMLOutputFactory output = XmlFactories.output();
    private final StaxConversationCodec conversationStax = new StaxConversationCodec();
    private final StaxEventsCodec eventsStax = new StaxEventsCodec();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    private ConversationRecord conversation;
    private EventsRecord events;

    @Setup
    public void setUp() throws Exception {
        Payloads payloads = Payloads.load();
        conversation = BaselineChecks.conversationXml(payloads.conversationXml());
        events = BaselineChecks.eventsXml(payloads.eventsXml());
    }

    @Benchmark
    public int conversationUnbuffered() throws XMLStreamException {
        out.reset();
        conversationStax.writeDocument(conversation, output.createXMLStreamWriter(out, "UTF-8"));
        return out.size();
    }

    @Benchmark
    public int conversationBuffered() throws XMLStreamException, IOException {
        out.reset();
        conversationStax.write(conversation, out);
        return out.size();
    }

    @Benchmark
    public int eventsUnbuffered() throws XMLStreamException {
        out.reset();
        eventsStax.writeDocument(events, output.createXMLStreamWriter(out, "UTF-8"));
        return out.size();
    }

    @Benchmark
    public int eventsBuffered() throws XMLStreamException, IOException {
        out.reset();
        eventsStax.write(events, out);
        return out.size();
    }
}
