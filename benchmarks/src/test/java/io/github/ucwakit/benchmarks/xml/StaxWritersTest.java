package io.github.ucwakit.benchmarks.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.benchmarks.SamePayload;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import io.github.ucwakit.benchmarks.payload.Payloads;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The hand-written StAX writers hand the caller's stream each document in one write, never byte by byte (the
 * JDK's writer on a bare stream calls {@code write(int)} once per byte, which made the baseline slower than JAXB),
 * and their reused buffer leaves nothing of one document in the next.
 */
class StaxWritersTest {

    private final Payloads payloads = Payloads.load();

    @Test
    void theConversationWriterHandsTheStreamOneWholeDocumentPerWrite() throws Exception {
        byte[] xml = payloads.conversationXml();
        StaxConversationCodec stax = new StaxConversationCodec();
        ConversationRecord record = stax.read(xml);

        CountingStream first = new CountingStream();
        stax.write(record, first);
        CountingStream second = new CountingStream();
        stax.write(record, second);

        assertOneBulkWrite(first);
        assertOneBulkWrite(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        SamePayload.requireXml("StAX write of conversation XML", xml, first.toByteArray());
    }

    @Test
    void theEventsWriterHandsTheStreamOneWholeDocumentPerWrite() throws Exception {
        byte[] xml = payloads.eventsXml();
        StaxEventsCodec stax = new StaxEventsCodec();
        EventsRecord record = stax.read(xml);

        CountingStream first = new CountingStream();
        stax.write(record, first);
        CountingStream second = new CountingStream();
        stax.write(record, second);

        assertOneBulkWrite(first);
        assertOneBulkWrite(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        SamePayload.requireXml("StAX write of events XML", xml, first.toByteArray());
    }

    @Test
    void theBufferGrowsPastItsFirstArrayAndStartsAfreshAfterAReset() throws Exception {
        DocumentBuffer buffer = new DocumentBuffer();
        byte[] block = new byte[5000];
        Arrays.fill(block, (byte) 'a');
        buffer.write(block, 0, block.length);
        buffer.write('b');
        buffer.write(block, 0, block.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out);

        assertThat(buffer.size()).isEqualTo(10_001);
        assertThat(out.toByteArray()).hasSize(10_001);
        assertThat(out.toByteArray()[5000]).isEqualTo((byte) 'b');
        assertThat(out.toByteArray()[10_000]).isEqualTo((byte) 'a');

        buffer.reset();
        buffer.write('c');
        out.reset();
        buffer.writeTo(out);
        assertThat(out.toByteArray()).containsExactly('c');
    }

    private static void assertOneBulkWrite(CountingStream stream) {
        assertThat(stream.singleByteWrites).as("calls of write(int)").isZero();
        assertThat(stream.bulkWrites).as("calls of write(byte[], int, int)").isEqualTo(1);
        assertThat(stream.size()).isPositive();
    }

    /** Counts how the writer under test calls the stream. */
    private static final class CountingStream extends ByteArrayOutputStream {
        private int singleByteWrites;
        private int bulkWrites;

        @Override
        public synchronized void write(int b) {
            singleByteWrites++;
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            bulkWrites++;
            super.write(bytes, offset, length);
        }
    }
}
