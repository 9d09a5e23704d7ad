package io.github.ucwakit.sample.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.sample.Conversation;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based round trips of the generated {@link Conversation}: for many random instances, written and read
 * back, JSON to JSON, XML to XML and JSON to XML to JSON keep every value the formats carry. The seed is fixed, so
 * every run checks the same cases; {@code -Ducwakit.seed=N} runs others. The seed is printed, and a failure names
 * it and the case so that it can be replayed.
 */
class RoundTripPropertyTest {

    private static final int CASES = Integer.getInteger("ucwakit.propertyCases", 10_000);
    private static final long DEFAULT_SEED = 20_260_101L;
    private static final long SEED = Long.getLong("ucwakit.seed", DEFAULT_SEED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UcwaCodec codec = UcwaCodec.create();

    @BeforeAll
    static void printSeed() {
        System.out.printf("property cases: %d per property, seed %d%n", CASES, SEED);
    }

    @Test
    void jsonToJson() {
        forEachCase(original -> {
            String json = codec.writeToString(original, PayloadFormat.JSON);
            Conversation read = codec.read(json, PayloadFormat.JSON, Conversation.class);
            assertSameValues(read, original);
            assertThat(tree(codec.writeToString(read, PayloadFormat.JSON))).isEqualTo(tree(json));
        });
    }

    @Test
    void xmlToXml() {
        forEachCase(original -> {
            String xml = codec.writeToString(original, PayloadFormat.XML);
            Conversation read = codec.read(xml, PayloadFormat.XML, Conversation.class);
            assertThat(read).isEqualTo(original);
            assertThat(codec.writeToString(read, PayloadFormat.XML)).isEqualTo(xml);
        });
    }

    @Test
    void jsonThroughXmlToJson() {
        forEachCase(original -> {
            String json = codec.writeToString(original, PayloadFormat.JSON);
            Conversation fromJson = codec.read(json, PayloadFormat.JSON, Conversation.class);
            String xml = codec.writeToString(fromJson, PayloadFormat.XML);
            Conversation fromXml = codec.read(xml, PayloadFormat.XML, Conversation.class);
            assertSameValues(fromXml, original);
            assertThat(tree(codec.writeToString(fromXml, PayloadFormat.JSON))).isEqualTo(tree(json));
        });
    }

    private static void forEachCase(Consumer<Conversation> property) {
        RandomConversations conversations = new RandomConversations(SEED);
        for (int i = 0; i < CASES; i++) {
            Conversation conversation = conversations.next();
            try {
                property.accept(conversation);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(String.format(
                        "case %d of seed %d (replay with -Ducwakit.seed=%d) failed for%n%s", i, SEED, SEED,
                        conversation), e);
            }
        }
    }

    /**
     * Every value is kept, dates as instants: JSON's {@code /Date(ms)/} carries no offset, so a date read from JSON
     * is in UTC.
     */
    private static void assertSameValues(Conversation actual, Conversation expected) {
        assertThat(instant(actual.created())).isEqualTo(instant(expected.created()));
        assertThat(instant(actual.expirationTime())).isEqualTo(instant(expected.expirationTime()));
        assertThat(withoutDates(actual)).isEqualTo(withoutDates(expected));
    }

    private static Optional<Instant> instant(UcwaDateTime date) {
        return Optional.ofNullable(date).map(UcwaDateTime::toInstant);
    }

    private static Conversation withoutDates(Conversation conversation) {
        return conversation.toBuilder().created(null).expirationTime(null).build();
    }

    private static Object tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
