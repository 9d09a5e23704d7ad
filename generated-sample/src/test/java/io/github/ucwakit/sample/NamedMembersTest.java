package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.events.EventType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The generated classes as their users meet them: named members (what a debugger shows), value equality, hashing
 * and printing by name, nullness annotations, exhaustive switches over open enumerations, builders that refuse a
 * link of another rel, and the same resource read from JSON and from XML being equal.
 */
class NamedMembersTest {

    private static final SeedPage SEED = SeedPage.load();
    private final UcwaCodec codec = UcwaCodec.create();

    private static Conversation.Builder sample() {
        return Conversation.builder()
                .self(Link.of("self", "/c/1"))
                .subject("Hi")
                .participantCount(3)
                .importance(Importance.URGENT)
                .activeModalities(List.of(ConversationModalityType.AUDIO))
                .participantsLink(Link.of("participants", "/c/1/p"));
    }

    @Test
    void membersAreNamedFinalFieldsNotAnArray() {
        List<Field> fields = Arrays.stream(Conversation.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();

        assertThat(fields).extracting(Field::getName).contains("self", "subject", "participantCount",
                "activeModalities", "participantsLink", "unknownMembers");
        assertThat(fields).allSatisfy(f -> {
            assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
            assertThat(f.getType().isArray()).as(f.getName()).isFalse();
        });
        assertThat(fields.stream().filter(f -> f.getName().equals("participantCount")).findFirst().orElseThrow()
                .getType()).isEqualTo(Integer.class);
    }

    @Test
    void equalsAndHashCodeCompareEveryMember() {
        Conversation one = sample().build();
        Conversation same = sample().build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(one.toBuilder().build());
        assertThat(one).isNotEqualTo(sample().subject("Bye").build())
                .isNotEqualTo(sample().participantCount(null).build())
                .isNotEqualTo(sample().activeModalities(List.of()).build())
                .isNotEqualTo(sample().participantsLink(null).build())
                .isNotEqualTo(sample().self(Link.of("self", "/c/2")).build())
                .isNotEqualTo(sample().unknownMembers(UnknownMembers.builder()
                        .link(Link.of("future", "/f")).build()).build())
                .isNotEqualTo(null)
                .isNotEqualTo("Conversation");
        assertThat(sample().subject("Bye").build().hashCode()).isNotEqualTo(one.hashCode());
    }

    @Test
    void toStringNamesEveryMember() {
        String text = sample().build().toString();

        assertThat(text).startsWith("Conversation[self=Link{rel=self, href=/c/1}, activeModalities=[Audio], ")
                .contains(", participantCount=3, ", ", subject=Hi, ", ", threadId=null, ",
                        ", participantsLink=Link{rel=participants, href=/c/1/p}, ")
                .endsWith(", unknownMembers=UnknownMembers{properties={}, links=[], embedded=[]}]");
    }

    @Test
    void everyAccessorThatCanReturnNullSaysSo() {
        assertThat(Conversation.class.isAnnotationPresent(NullMarked.class)).isTrue();
        assertThat(ConversationBinding.class.isAnnotationPresent(NullMarked.class)).isTrue();
        assertThat(AddParticipantInput.class.isAnnotationPresent(NullMarked.class)).isTrue();
        assertThat(List.of(Importance.class, ConversationEvents.class, ConversationOperations.class,
                ErrorEntries.class, GeneratedBindings.class, AddParticipantInputBinding.class))
                .allSatisfy(type -> assertThat(type.isAnnotationPresent(NullMarked.class)).as(type.getName()).isTrue());
        for (Class<?> type : List.of(Conversation.class, Communication.class, Participant.class,
                AddParticipantInput.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.getParameterCount() > 0) {
                    continue;
                }
                Class<?> returns = method.getReturnType();
                boolean neverNull = returns.isPrimitive() || returns == Optional.class || returns == List.class
                        || returns == UnknownMembers.class || method.getName().equals("rel")
                        || method.getName().equals("toString") || method.getName().equals("toBuilder");
                assertThat(method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class))
                        .as("%s.%s() @Nullable", type.getSimpleName(), method.getName()).isEqualTo(!neverNull);
            }
        }
    }

    @Test
    void anOpenEnumerationSwitchesExhaustivelyAndKeepsUnknownValues() {
        assertThat(urgency(Importance.URGENT)).isEqualTo("urgent");
        assertThat(urgency(Importance.NORMAL)).isEqualTo("normal");
        Importance future = Importance.of("Critical");
        assertThat(urgency(future)).isEqualTo("unlisted Critical");
        assertThat(future.isKnown()).isFalse();
        assertThat(future.known()).isEqualTo(Importance.Known.UNLISTED);
        assertThat(Importance.values()).extracting(Importance::known)
                .containsExactly(Importance.Known.EMERGENCY, Importance.Known.NORMAL, Importance.Known.URGENT);
        assertThat(EventType.of("added").known()).isEqualTo(EventType.Known.ADDED);
        assertThat(EventType.of("paused").known()).isEqualTo(EventType.Known.UNLISTED);
    }

    /** A switch expression over {@code known()}: it compiles only because every constant has a case. */
    private static String urgency(Importance importance) {
        return switch (importance.known()) {
            case EMERGENCY -> "emergency";
            case NORMAL -> "normal";
            case URGENT -> "urgent";
            case UNLISTED -> "unlisted " + importance.value();
        };
    }

    @Test
    void aBuilderRefusesALinkOfAnotherRel() {
        Link messaging = Link.of("messaging", "/c/1/m");

        assertThatThrownBy(() -> Conversation.builder().participantsLink(messaging))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'messaging'").hasMessageContaining("'participants'");
        assertThatThrownBy(() -> Conversation.builder().self(messaging))
                .isInstanceOf(IllegalArgumentException.class);
        Conversation built = Conversation.builder().participantsLink(messaging.withRel("participants")).build();
        Conversation read = (Conversation) codec.read(codec.writeToString(built, PayloadFormat.JSON),
                PayloadFormat.JSON);
        assertThat(read.participantsLink()).contains(Link.of("participants", "/c/1/m"));
        assertThat(read).isEqualTo(built);

        Link failed = Link.of("failedDeliveryParticipant", "/p/1");
        assertThatThrownBy(() -> Message.builder().addFailedDeliveryParticipantLink(messaging))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.builder().failedDeliveryParticipantLinks(List.of(failed, messaging)))
                .isInstanceOf(IllegalArgumentException.class);
        Message message = Message.builder().addFailedDeliveryParticipantLink(failed)
                .addFailedDeliveryParticipantLink(failed.withRel("failedDeliveryParticipant")).build();
        assertThat(message.failedDeliveryParticipantLinks()).containsExactly(failed, failed);
        assertThat(message.toBuilder().addFailedDeliveryParticipantLink(failed).build()
                .failedDeliveryParticipantLinks()).hasSize(3);
        assertThat(message.failedDeliveryParticipantLinks()).hasSize(2);
    }

    @Test
    void theSameResourceReadFromJsonAndFromXmlIsEqual() {
        Conversation fromJson = (Conversation) codec.read(SEED.getJsonResponse(), PayloadFormat.JSON);
        // the same values in XML, with the echo of the rel that UCWA's XML samples carry
        String xml = codec.writeToString(fromJson, PayloadFormat.XML);
        int afterStartTag = xml.indexOf('>', xml.indexOf("<resource ")) + 1;
        String echoed = xml.substring(0, afterStartTag) + "<property name=\"rel\">conversation</property>"
                + xml.substring(afterStartTag);
        Conversation fromXml = (Conversation) codec.read(echoed, PayloadFormat.XML);

        assertThat(fromXml).isEqualTo(fromJson).hasSameHashCodeAs(fromJson);
        assertThat(fromXml.unknownMembers().isEmpty()).isTrue();
        // the echo is still written back to XML, and not into JSON, which names the rel once
        assertThat(codec.writeToString(fromXml, PayloadFormat.XML))
                .contains("<property name=\"rel\">conversation</property>");
        String json = codec.writeToString(fromXml, PayloadFormat.JSON);
        assertThat(json.indexOf("\"rel\":")).isEqualTo(json.lastIndexOf("\"rel\":"));
    }
}
