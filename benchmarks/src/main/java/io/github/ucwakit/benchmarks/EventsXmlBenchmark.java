package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.benchmarks.xml.StaxEventsCodec;
import io.github.ucwakit.benchmarks.xml.jaxb.JaxbCodec;
import io.github.ucwakit.benchmarks.xml.jaxb.JaxbEvents;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventChannelCodec;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * An event-channel XML response with an embedded resource, read and written by each contender. ucwakit reads it
 * with its typed event-channel codec, the embedded {@code communication} with the sample's generated binding.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 20, time = 1)
public class EventsXmlBenchmark {

    private final EventChannelCodec codec = new EventChannelCodec(SampleCodec.create());
    private final JaxbCodec jaxb = new JaxbCodec();
    private final StaxEventsCodec stax = new StaxEventsCodec();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    private byte[] payload;
    private EventsRecord record;
    private JaxbEvents envelope;
    private EventChannelResponse response;

    @Setup
    public void setUp() throws Exception {
        payload = Payloads.load().eventsXml();
        record = BaselineChecks.eventsXml(payload);
        envelope = jaxb.readEvents(payload);
        response = UcwakitChecks.eventsXml(codec, payload, record);
    }

    @Benchmark
    public EventChannelResponse readGenerated() {
        return codec.read(payload, PayloadFormat.XML);
    }

    @Benchmark
    public JaxbEvents readJaxb() throws JAXBException, XMLStreamException {
        return jaxb.readEvents(payload);
    }

    @Benchmark
    public EventsRecord readStax() throws XMLStreamException {
        return stax.read(payload);
    }

    @Benchmark
    public int writeGenerated() {
        out.reset();
        codec.write(response, PayloadFormat.XML, out);
        return out.size();
    }

    @Benchmark
    public int writeJaxb() throws JAXBException {
        out.reset();
        jaxb.write(envelope, out);
        return out.size();
    }

    @Benchmark
    public int writeStax() throws XMLStreamException, IOException {
        out.reset();
        stax.write(record, out);
        return out.size();
    }
}
