package io.github.ucwakit.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ucwakit.benchmarks.handwritten.ConversationRecord;
import io.github.ucwakit.benchmarks.handwritten.EventsRecord;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Baseline (a): Jackson databind on the hand-written records, with one shared mapper and readers/writers made
 * once, the way a careful user sets it up.
 */
public final class DatabindCodec {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new MsDateModule()).build();
    private final ObjectReader conversationReader = mapper.readerFor(ConversationRecord.class);
    private final ObjectWriter conversationWriter = mapper.writerFor(ConversationRecord.class);
    private final ObjectReader eventsReader = mapper.readerFor(EventsRecord.class);
    private final ObjectWriter eventsWriter = mapper.writerFor(EventsRecord.class);

    public ConversationRecord readConversation(byte[] json) throws IOException {
        return conversationReader.readValue(json);
    }

    public void writeConversation(ConversationRecord conversation, OutputStream out) throws IOException {
        conversationWriter.writeValue(out, conversation);
    }

    public EventsRecord readEvents(byte[] json) throws IOException {
        return eventsReader.readValue(json);
    }

    public void writeEvents(EventsRecord events, OutputStream out) throws IOException {
        eventsWriter.writeValue(out, events);
    }
}
