package io.github.ucwakit.runtime.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.WireNames;
import io.github.ucwakit.runtime.errors.UcwaError;
import io.github.ucwakit.runtime.events.Event;
import io.github.ucwakit.runtime.events.EventChannelResponse;
import io.github.ucwakit.runtime.events.EventSender;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.runtime.testmodel.TestInviteInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property-based round trips of event-channel responses, error bodies and request bodies built at random, with
 * random unknown member names: plain ones, the formats' own names, markup characters, empty, astral, reserved by
 * XML. A value whose names the {@link WireNames} rule allows is written in either format and read back equal; what
 * is read is then written again in the same format and read back equal, and written in the other format, read,
 * and written back in the first, and read back equal (its unknown values are texts, which both formats carry). A
 * value with a name the rule refuses is refused by both writers with
 * {@link UcwaPayloadException.Kind#INVALID_VALUE}.
 * Seeded: the seed is printed, {@code -Ducwakit.seed=N} replays a run, {@code -Ducwakit.propertyCases=N} sets the
 * number of values per kind.
 */
class ClosurePropertyTest {

    private static final long SEED = Long.getLong("ucwakit.seed", 20_261_206L);
    private static final int CASES = Integer.getInteger("ucwakit.propertyCases", 3_000);

    @BeforeAll
    static void printSeed() {
        System.out.printf(Locale.ROOT, "closure property cases: %d per kind (events, errors, inputs), seed %d%n",
                CASES, SEED);
    }

    /** The kinds built at random. */
    enum Built {
        EVENTS(PayloadKind.EVENTS), ERROR(PayloadKind.ERROR), INPUT(PayloadKind.INPUT);

        private final PayloadKind kind;

        Built(PayloadKind kind) {
            this.kind = kind;
        }
    }

    @ParameterizedTest
    @EnumSource(Built.class)
    void writtenInEitherFormatAndReadBackEqualOrRefusedWithATypedFailure(Built built) {
        Random random = new Random(SEED + built.ordinal());
        RandomValues values = new RandomValues(random);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            Generated value = switch (built) {
                case EVENTS -> values.events();
                case ERROR -> values.error();
                case INPUT -> values.input();
            };
            try {
                if (value.writable()) {
                    for (PayloadFormat format : PayloadFormat.values()) {
                        Object read = built.kind.read(built.kind.write(value.value(), format), format);
                        assertThat(comparable(read)).as("read back").isEqualTo(comparable(value.value()));
                        String written = built.kind.write(read, format);
                        assertThat(built.kind.read(written, format)).as("read again %s", written).isEqualTo(read);
                        PayloadFormat other = PayloadKind.other(format);
                        Object through = built.kind.read(built.kind.write(read, other), other);
                        String back = built.kind.write(through, format);
                        assertThat(built.kind.read(back, format)).as("through %s: %s", other, back)
                                .isEqualTo(read);
                    }
                } else {
                    refused++;
                    for (PayloadFormat format : PayloadFormat.values()) {
                        assertThatThrownBy(() -> built.kind.write(value.value(), format))
                                .isInstanceOf(UcwaPayloadException.class)
                                .extracting(e -> ((UcwaPayloadException) e).kind())
                                .isEqualTo(UcwaPayloadException.Kind.INVALID_VALUE);
                    }
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(String.format(Locale.ROOT, "%s case %d of seed %d (replay with"
                        + " -Ducwakit.seed=%d) failed for%n%s", built, i, SEED, SEED, value.value()), e);
            }
        }
        System.out.printf(Locale.ROOT, "closure property: %s %d values, %d refused for a name%n", built, CASES,
                refused);
        assertThat(refused).as("values refused for a name").isPositive().isLessThan(CASES);
    }

    /**
     * The value as compared with one built in code: a request body read back knows how its document named it
     * ({@link UnknownMembers#relOnWire()}: an XML {@code <input>}), which one built in code does not.
     */
    private static Object comparable(Object value) {
        if (value instanceof TestInviteInput input) {
            return new TestInviteInput(input.to(), input.priorities(), input.mediaOffer(),
                    input.unknownMembers().toBuilder().relOnWire(UnknownMembers.RelOnWire.NAMED).build());
        }
        return value;
    }

    /** A value built at random, and whether the rule allows all its names. */
    record Generated(Object value, boolean writable) {}

    /** Random values with random unknown members. */
    static final class RandomValues {

        private static final List<String> WORDS = List.of("a", "x-y", "priority", "\u00e9t\u00e9", "_k", "z.1",
                "\uD835\uDCB3yz", "correlationId", "B");
        private static final List<String> TEXTS = List.of("", " ", "plain", "<b>&amp;\"'</b>", "a\tb\nc\r",
                "\uD835\uDCB3", "]]>", "True", "123", "/Date(1)/");

        private final Random random;
        private boolean writable;

        RandomValues(Random random) {
            this.random = random;
        }

        Generated events() {
            writable = true;
            EventChannelResponse.Builder response = EventChannelResponse.builder();
            if (random.nextBoolean()) {
                response.self(Link.of("self", "/events?ack=" + random.nextInt(9)));
            }
            if (random.nextBoolean()) {
                response.link(Link.of(pick(List.of("next", "resync", "resume")), "/events?ack=2"));
            }
            unknown(WireNames.Owner.RESPONSE, response::unknownMember);
            for (int s = random.nextInt(3); s > 0; s--) {
                EventSender.Builder sender = EventSender.builder(pick(List.of("communication", "me", "people")))
                        .href(random.nextBoolean() ? "/s/" + s : null);
                unknown(WireNames.Owner.SENDER, sender::unknownMember);
                for (int e = random.nextInt(3); e > 0; e--) {
                    EventType type = EventType.of(random.nextInt(4) == 0 ? name(WireNames.Owner.EVENT_TYPE)
                            : pick(List.of("added", "updated", "deleted", "completed")));
                    Event.Builder event = Event.builder(type, Link.of(pick(WORDS), "/e/" + e, text()))
                            .status(random.nextBoolean() ? text() : null);
                    if (random.nextBoolean()) {
                        event.in(Link.of("participants", "/p"));
                    }
                    if (random.nextInt(4) == 0) {
                        event.reason(UcwaError.builder("Gone").message(text()).build());
                    }
                    unknown(WireNames.Owner.EVENT, event::unknownMember);
                    sender.addEvent(event.build());
                }
                response.addSender(sender.build());
            }
            return new Generated(response.build(), writable);
        }

        Generated error() {
            writable = true;
            UcwaError.Builder error = UcwaError.builder(pick(List.of("Conflict", "Gone", text())))
                    .subcode(random.nextBoolean() ? "AlreadyExists" : null)
                    .message(random.nextBoolean() ? text() : null);
            if (random.nextBoolean()) {
                error.link(Link.of("help", "/help", random.nextBoolean() ? text() : null));
            }
            if (random.nextBoolean()) {
                error.parameters(bag());
            }
            if (random.nextBoolean()) {
                error.debugInfo(bag());
            }
            unknown(WireNames.Owner.ERROR, error::unknownMember);
            return new Generated(error.build(), writable);
        }

        Generated input() {
            writable = true;
            UnknownMembers.Builder unknown = UnknownMembers.builder();
            unknown(WireNames.Owner.RESOURCE, (name, value) -> {
                if (!name.equals("rel") && !name.equals("to") && !name.equals("priorities")) {
                    unknown.property(name, value);
                }
            });
            List<Integer> priorities = random.nextBoolean() ? null : List.of(random.nextInt(5), -random.nextInt(5));
            Link offer = random.nextBoolean() ? null : Link.of("mediaOffer", "data:,sdp" + random.nextInt(9));
            return new Generated(new TestInviteInput(text(), priorities, offer, unknown.build()), writable);
        }

        private Map<String, PropertyValue> bag() {
            Map<String, PropertyValue> bag = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                String name = pick(List.of("id", "<b>", "", "\uD835\uDCB3", "_links", "a b", "xmlns"));
                bag.put(name, random.nextInt(3) == 0
                        ? new PropertyValue.ListValue(List.of(new PropertyValue.Text(text()))) : new PropertyValue.Text(text()));
            }
            return bag;
        }

        /** Adds up to three unknown members of random names and text values; notes a name the rule refuses. */
        private void unknown(WireNames.Owner owner, java.util.function.BiConsumer<String, PropertyValue> add) {
            List<String> names = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                String name = name(owner);
                if (!names.contains(name)) {
                    names.add(name);
                    writable &= WireNames.allowed(owner, name);
                    add.accept(name, new PropertyValue.Text(text()));
                }
            }
        }

        /** A member name: usually a plain one, else a hostile one. */
        private String name(WireNames.Owner owner) {
            if (random.nextInt(20) < 17) {
                String word = pick(WORDS);
                if (owner != WireNames.Owner.EVENT_TYPE) {
                    return word;
                }
                writable &= WireNames.allowed(owner, "t" + word);
                return "t" + word;
            }
            String name = pick(Mutations.HOSTILE_NAMES);
            if (owner == WireNames.Owner.EVENT_TYPE) {
                writable &= WireNames.allowed(owner, name);
            }
            return name;
        }

        private String text() {
            return pick(TEXTS);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
