package io.github.ucwakit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContenderTest {

    @Test
    void readsPayloadAndFormatFromTheClassAndOperationAndImplementationFromTheMethod() {
        assertThat(Contender.of("io.github.ucwakit.benchmarks.EventsXmlBenchmark.writeStax"))
                .isEqualTo(new Contender("events", "XML", "write", "stax"));
        assertThat(Contender.of("io.github.ucwakit.benchmarks.ConversationJsonBenchmark.readGenerated").isOurs())
                .isTrue();
    }

    @Test
    void targetsFollowTheIssue() {
        assertThat(Targets.minimum(new Contender("events", "JSON", "read", "databind"))).hasValue(1.0);
        assertThat(Targets.minimum(new Contender("events", "JSON", "write", "streaming"))).hasValue(0.9);
        assertThat(Targets.minimum(new Contender("events", "XML", "write", "jaxb"))).hasValue(1.5);
        assertThat(Targets.minimum(new Contender("events", "JSON", "write", "databind"))).isEmpty();
    }

    @Test
    void rejectsNamesOutsideTheConvention() {
        assertThatThrownBy(() -> Contender.of("io.github.Other.measure"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
