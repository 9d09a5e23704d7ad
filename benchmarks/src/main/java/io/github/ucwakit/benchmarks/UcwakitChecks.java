package io.github.ucwakit.benchmarks;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaCodec;
import java.io.ByteArrayOutputStream;

/**
 * Proves at setup that ucwakit reads and writes the whole payload, as {@link BaselineChecks} does for the
 * baselines: what it writes from what it read must carry the payload's whole content.
 */
public final class UcwakitChecks {

    private UcwakitChecks() {}

    /**
     * Reads the event-channel JSON as a {@link GenericResource} (no binding describes the event channel) and
     * checks that writing it back keeps everything.
     */
    public static GenericResource eventsJson(UcwaCodec codec, byte[] json) {
        GenericResource events = codec.read(json, PayloadFormat.JSON, GenericResource.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(events, PayloadFormat.JSON, out);
        SamePayload.requireJson("ucwakit GenericResource read and write of events JSON", json, out.toByteArray());
        return events;
    }
}
