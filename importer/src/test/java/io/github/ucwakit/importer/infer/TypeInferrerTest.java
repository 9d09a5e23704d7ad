package io.github.ucwakit.importer.infer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.importer.sample.PropertyUse;
import io.github.ucwakit.importer.sample.SampleFormat;
import io.github.ucwakit.importer.sample.Scalar;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeInferrerTest {

    private final TypeInferrer inferrer = new TypeInferrer(new EnumerationCatalog(Map.of(
            "ConversationState", List.of("Connected", "Connecting", "Disconnected"),
            "SubscriptionState", List.of("Connected", "Connecting", "Disconnected"),
            "Importance", List.of("Normal", "Urgent"),
            "Role", List.of("Attendee", "Leader", "Unknown"),
            "AudienceMuteLock", List.of("Disabled", "Enabled", "Unknown"),
            "AccessLevel", List.of("None", "Everyone"),
            "ModalityType", List.of("Audio", "Video", "Messaging"))));

    private static PropertyUse json(Scalar.Kind kind, String... texts) {
        return new PropertyUse("p", false, Arrays.stream(texts).map(t -> new Scalar(kind, t)).toList(),
                SampleFormat.JSON, "x_ref.md", 1);
    }

    private static PropertyUse jsonList(String... texts) {
        return new PropertyUse("p", true, Arrays.stream(texts).map(t -> new Scalar(Scalar.Kind.STRING, t)).toList(),
                SampleFormat.JSON, "x_ref.md", 1);
    }

    private static PropertyUse xml(String text) {
        return new PropertyUse("p", false, List.of(new Scalar(Scalar.Kind.TEXT, text)), SampleFormat.XML,
                "x_ref.md", 1);
    }

    private TypeChoice infer(String name, String owner, List<PropertyUse> uses) {
        return inferrer.infer(new TypeQuestion(name, owner, uses, List.of(), null));
    }

    @Test
    void readsScalarsFromJsonTokensAndXmlText() {
        assertThat(infer("n", "r", List.of(json(Scalar.Kind.INTEGER, "11"), xml("4"))).spelling()).isEqualTo("int");
        assertThat(infer("n", "r", List.of(json(Scalar.Kind.INTEGER, "4294967296"))).spelling()).isEqualTo("long");
        assertThat(infer("b", "r", List.of(json(Scalar.Kind.BOOLEAN, "false"), xml("False"))).spelling())
                .isEqualTo("boolean");
        assertThat(infer("b", "r", List.of(xml("True"))).spelling()).isEqualTo("boolean");
        assertThat(infer("d", "r", List.of(json(Scalar.Kind.STRING, "/Date(1474932024822)/"),
                xml("2016-09-26T16:20:24.8356669-07:00"))))
                .isEqualTo(new TypeChoice("date", null));
        assertThat(infer("d", "r", List.of(xml("2012-01-11T19:03:22.7433336-08:00"))).spelling()).isEqualTo("date");
    }

    @Test
    void keepsANumericLookingXmlValueAStringWhenJsonSaysSo() {
        assertThat(infer("id", "r", List.of(json(Scalar.Kind.STRING, "7"), xml("7"))))
                .isEqualTo(new TypeChoice("string", null));
        assertThat(infer("id", "r", List.of(xml("7"))).spelling()).isEqualTo("int");
    }

    @Test
    void marksDisagreeingSamplesForReview() {
        TypeChoice choice = infer("n", "r", List.of(json(Scalar.Kind.INTEGER, "1"), json(Scalar.Kind.STRING, "x")));
        assertThat(choice.spelling()).isEqualTo("string");
        assertThat(choice.review()).isEqualTo("JSON samples disagree: string and int");
    }

    @Test
    void readsListsAndTheirElements() {
        assertThat(infer("activeModalities", "conversation", List.of(jsonList("Audio", "Video"))))
                .isEqualTo(new TypeChoice("list<ModalityType>", null));
    }

    @Test
    void choosesTheEnumerationTheValuesFitOrTheNameDesignates() {
        assertThat(infer("importance", "conversation", List.of(json(Scalar.Kind.STRING, "Normal"))))
                .isEqualTo(new TypeChoice("Importance", null));
        assertThat(infer("state", "conversation", List.of(json(Scalar.Kind.STRING, "Disconnected"))))
                .isEqualTo(new TypeChoice("ConversationState", null));
        assertThat(infer("state", "derivedConversation", List.of(json(Scalar.Kind.STRING, "Connected")))
                .spelling()).isEqualTo("ConversationState");
        TypeChoice byPrefix = infer("audienceMute", "conversation", List.of(json(Scalar.Kind.STRING, "Unknown")));
        assertThat(byPrefix.spelling()).isEqualTo("AudienceMuteLock");
        assertThat(byPrefix.review()).contains("fits 2 enumerations (AudienceMuteLock, Role)")
                .contains("AudienceMuteLock chosen by name");
    }

    @Test
    void staysAStringWhenSeveralEnumerationsFitAndNoNameDecides() {
        TypeChoice choice = infer("state", "messaging", List.of(json(Scalar.Kind.STRING, "Connecting")));
        assertThat(choice.spelling()).isEqualTo("string");
        assertThat(choice.review()).isEqualTo("sample value 'Connecting' fits several enumerations "
                + "(ConversationState, SubscriptionState); typed string");
    }

    @Test
    void keepsAStringWhenOnlyOneValueSuggestsAnEnumeration() {
        assertThat(infer("voipAudio", "policies", List.of(json(Scalar.Kind.STRING, "None")))).isEqualTo(
                new TypeChoice("string", "sample value 'None' fits only enumeration AccessLevel, which the name "
                        + "does not confirm; typed string"));
        assertThat(infer("levels", "policies", List.of(jsonList("None", "Everyone"))))
                .isEqualTo(new TypeChoice("list<AccessLevel>", null));
    }

    @Test
    void guessesFromTheNameAloneOnlyWithoutSampleValues() {
        assertThat(infer("importance", "invitation", List.of()))
                .isEqualTo(new TypeChoice("Importance", "no sample value; Importance chosen by name"));
        assertThat(infer("role", "x", List.of(json(Scalar.Kind.STRING, "Organizer")))).isEqualTo(new TypeChoice(
                "string", "sample value 'Organizer' is not a member of Role, which the name designates; typed string"));
    }

    @Test
    void prefersTheEnumerationThePageNames() {
        TypeChoice linked = inferrer.infer(new TypeQuestion("role", "participant",
                List.of(json(Scalar.Kind.STRING, "Attendee")), List.of("Role"), null));
        assertThat(linked).isEqualTo(new TypeChoice("Role", null));
        TypeChoice absent = inferrer.infer(new TypeQuestion("sourceNetwork", "participant",
                List.of(json(Scalar.Kind.STRING, "None")), List.of("SourceNetwork"), null));
        assertThat(absent).isEqualTo(new TypeChoice("string",
                "the page names enumeration SourceNetwork, which has no page in the folder; typed string"));
    }

    @Test
    void usesTheStatedTypeWhenNoSampleSpeaks() {
        TypeHint int32 = TypeStatement.split("The delay. Nullable Int32").hint().orElseThrow();
        assertThat(inferrer.infer(new TypeQuestion("ringDelay", "x", List.of(), List.of(), int32)))
                .isEqualTo(new TypeChoice("int", null));
        TypeHint formats = TypeStatement.split("Formats.Array of (ModalityType)Audio, or Video").hint().orElseThrow();
        assertThat(inferrer.infer(new TypeQuestion("formats", "x", List.of(), List.of(), formats)))
                .isEqualTo(new TypeChoice("list<ModalityType>", null));
        TypeChoice external = inferrer.infer(new TypeQuestion("message", "x", List.of(), List.of(),
                TypeStatement.split("The message.ExternalResource").hint().orElseThrow()));
        assertThat(external).isEqualTo(new TypeChoice("string",
                "the page states type ExternalResource, which no descriptor type holds"));
    }

    @Test
    void marksAPropertyWithoutEvidence() {
        assertThat(infer("subject", "invitation", List.of()))
                .isEqualTo(new TypeChoice("string", "no sample value and no stated type; typed string"));
    }
}
