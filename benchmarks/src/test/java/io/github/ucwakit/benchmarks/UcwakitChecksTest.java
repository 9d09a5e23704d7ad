package io.github.ucwakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.benchmarks.payload.Payloads;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.UcwaCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcwakitChecksTest {

    private final Payloads payloads = Payloads.load();

    @Test
    void theEventChannelJsonIsReadAsAGenericResourceThatWritesBackWhole() {
        GenericResource events = UcwakitChecks.eventsJson(UcwaCodec.of(List.of()), payloads.eventsJson());

        assertThat(events.unknownMembers().properties()).containsKey("sender");
        assertThat(events.self()).hasValueSatisfying(
                self -> assertThat(self.href()).isEqualTo("/ucwa/oauth/v1/applications/102/events?ack=1"));
    }
}
