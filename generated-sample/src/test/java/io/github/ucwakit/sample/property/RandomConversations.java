package io.github.ucwakit.sample.property;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.sample.AudienceMessaging;
import io.github.ucwakit.sample.AudienceMuteLock;
import io.github.ucwakit.sample.Conversation;
import io.github.ucwakit.sample.ConversationModalityType;
import io.github.ucwakit.sample.ConversationState;
import io.github.ucwakit.sample.Importance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Random {@link Conversation}s from a seed: absent, empty and full lists, unknown enumeration values, unknown
 * properties, dates at the edges of what both formats carry, and text with markup characters, line breaks and
 * characters outside the Basic Multilingual Plane.
 */
final class RandomConversations {

    /** Code points text is drawn from: letters, markup, white space, accents, CJK and two astral characters. */
    private static final int[] CODE_POINTS = {
        'a', 'b', 'z', 'A', 'Q', '0', '7', ' ', '<', '>', '&', '"', '\'', ']', '/', '\\', '\t', '\n', '\r',
        'é', 'ß', '中', '€', 0x1F600, 0x10348
    };
    private static final long MIN_MILLIS = OffsetDateTime.parse("0001-01-01T00:00:00Z").toInstant().toEpochMilli();
    private static final long MAX_MILLIS =
            OffsetDateTime.parse("9999-12-31T23:59:59.999Z").toInstant().toEpochMilli();
    private static final long[] EDGE_MILLIS = {0L, -1L, 1L, MIN_MILLIS, MAX_MILLIS, 1474932024822L};
    private static final ZoneOffset[] OFFSETS = {
        ZoneOffset.UTC, ZoneOffset.ofHours(-7), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12),
        ZoneOffset.ofHoursMinutes(5, 30)
    };
    private static final List<BiFunction<Conversation.Builder, Link, Conversation.Builder>> LINK_SETTERS = List.of(
            Conversation.Builder::addParticipantLink, Conversation.Builder::applicationSharingLink,
            Conversation.Builder::attendeesLink, Conversation.Builder::audioVideoLink,
            Conversation.Builder::dataCollaborationLink, Conversation.Builder::disableAudienceMessagingLink,
            Conversation.Builder::disableAudienceMuteLockLink, Conversation.Builder::enableAudienceMessagingLink,
            Conversation.Builder::enableAudienceMuteLockLink, Conversation.Builder::leadersLink,
            Conversation.Builder::lobbyLink, Conversation.Builder::localParticipantLink,
            Conversation.Builder::messagingLink, Conversation.Builder::onlineMeetingLink,
            Conversation.Builder::participantsLink, Conversation.Builder::phoneAudioLink,
            Conversation.Builder::userAcknowledgedLink);
    private static final List<String> LINK_RELS = List.of(
            "addParticipant", "applicationSharing", "attendees", "audioVideo", "dataCollaboration",
            "disableAudienceMessaging", "disableAudienceMuteLock", "enableAudienceMessaging",
            "enableAudienceMuteLock", "leaders", "lobby", "localParticipant", "messaging", "onlineMeeting",
            "participants", "phoneAudio", "userAcknowledged");

    private final SplittableRandom random;

    RandomConversations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Conversation next() {
        Conversation.Builder builder = Conversation.builder()
                .self(maybe(() -> Link.of("self", href("self"))))
                .activeModalities(maybeList(() -> enumValue(ConversationModalityType.values(),
                        ConversationModalityType::of)))
                .audienceMessaging(maybe(() -> enumValue(AudienceMessaging.values(), AudienceMessaging::of)))
                .audienceMute(maybe(() -> enumValue(AudienceMuteLock.values(), AudienceMuteLock::of)))
                .created(maybe(this::date))
                .expirationTime(maybe(this::date))
                .importance(maybe(() -> enumValue(Importance.values(), Importance::of)))
                .participantCount(maybe(this::integer))
                .readLocally(maybe(random::nextBoolean))
                .recording(maybe(random::nextBoolean))
                .state(maybe(() -> enumValue(ConversationState.values(), ConversationState::of)))
                .subject(maybe(this::text))
                .threadId(maybe(this::text))
                .unknownMembers(unknownMembers());
        for (int i = 0; i < LINK_SETTERS.size(); i++) {
            if (random.nextInt(3) == 0) {
                builder = LINK_SETTERS.get(i).apply(builder, link(LINK_RELS.get(i)));
            }
        }
        return builder.build();
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    /** Absent (null), empty, or one to four items. */
    private <T> List<T> maybeList(Supplier<T> item) {
        int size = random.nextInt(6) - 1;
        if (size < 0) {
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(item.get());
        }
        return items;
    }

    private <E> E enumValue(List<E> known, Function<String, E> of) {
        return random.nextInt(4) == 0 ? of.apply("Future" + word()) : known.get(random.nextInt(known.size()));
    }

    private Integer integer() {
        return switch (random.nextInt(5)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> Integer.MAX_VALUE;
            case 2 -> 0;
            default -> random.nextInt();
        };
    }

    /** A date both formats carry: millisecond precision, from year 1 to year 9999, with an offset. */
    private UcwaDateTime date() {
        long millis = random.nextInt(3) == 0
                ? EDGE_MILLIS[random.nextInt(EDGE_MILLIS.length)]
                : random.nextLong(MIN_MILLIS, MAX_MILLIS - 14 * 3_600_000L);
        ZoneOffset offset = OFFSETS[random.nextInt(OFFSETS.length)];
        if (millis == MAX_MILLIS || millis == MIN_MILLIS) {
            offset = ZoneOffset.UTC;
        }
        return UcwaDateTime.of(OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), offset));
    }

    private String text() {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
        }
        return text.toString();
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A link, with a title half of the time (the self link has none: XML carries it as the resource's href). */
    private Link link(String rel) {
        return random.nextBoolean() ? Link.of(rel, href(rel)) : Link.of(rel, href(rel), text());
    }

    private String href(String rel) {
        return "/ucwa/v1/applications/" + random.nextInt(1000) + "/" + rel;
    }

    /** Properties no descriptor describes, as UCWA sends them: text, or lists of text. */
    private UnknownMembers unknownMembers() {
        UnknownMembers.Builder unknown = UnknownMembers.builder();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = "x" + word() + i;
            PropertyValue value = random.nextBoolean()
                    ? new PropertyValue.Text(text())
                    : new PropertyValue.ListValue(List.of(new PropertyValue.Text(text()), new PropertyValue.Text(word())));
            unknown.property(name, value);
        }
        return unknown.build();
    }
}
