package io.github.ucwakit.benchmarks;

import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.benchmarks.xml.StaxConversationCodec;
import io.github.ucwakit.benchmarks.xml.jaxb.JaxbCodec;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.xml.envelope.XmlResourceEnvelope;
import io.github.ucwakit.sample.Conversation;
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

/** The seed's {@code conversation} XML GET response, read and written by each contender. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 20, time = 1)
public class ConversationXmlBenchmark {

    private final UcwaCodec codec = SampleCodec.create();
    private final JaxbCodec jaxb = new JaxbCodec();
    private final StaxConversationCodec stax = new StaxConversationCodec();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    private byte[] payload;
    private ConversationRecord record;
    private Conversation conversation;
    private XmlResourceEnvelope envelope;

    @Setup
    public void setUp() throws Exception {
        payload = Payloads.load().conversationXml();
        record = BaselineChecks.conversationXml(payload);
        conversation = UcwakitChecks.conversationXml(codec, payload, record);
        envelope = jaxb.readResource(payload);
    }

    @Benchmark
    public Conversation readGenerated() {
        return codec.read(payload, PayloadFormat.XML, Conversation.class);
    }

    @Benchmark
    public XmlResourceEnvelope readJaxb() throws JAXBException, XMLStreamException {
        return jaxb.readResource(payload);
    }

    @Benchmark
    public ConversationRecord readStax() throws XMLStreamException {
        return stax.read(payload);
    }

    @Benchmark
    public int writeGenerated() {
        out.reset();
        codec.write(conversation, PayloadFormat.XML, out);
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
