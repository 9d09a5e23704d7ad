package io.github.ucwakit.schema.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "threadId, threadId", "ThreadId, threadId", "thread-id, threadId", "thread_id, threadId",
        "thread.id, threadId", "THREAD_ID, threadID", "URL, url", "HTTPServer, httpServer", "a--b, aB",
        "café-crème, cafCrMe", "3d-view, _3dView", "1st, _1st", "'--', ''", "_, ''"
    })
    void lowerCamelLowersTheFirstWordAndCapitalisesTheOthers(String wire, String java) {
        assertThat(JavaNames.lowerCamel(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "activeModalities | active,Modalities", "HTTPServer | HTTP,Server", "Video2D | Video2,D",
        "in-lobby | in,lobby", "1080p | 1080p", "IN_LOBBY | IN,LOBBY", "Video720p | Video720p",
        "H264Codec | H264,Codec"
    })
    void wordsAreCutAtOtherCharactersAndWhereCaseChanges(String name, String words) {
        assertThat(JavaNames.words(name)).containsExactly(words.split(","));
    }

    @ParameterizedTest
    @CsvSource({"conversation, Conversation", "audio_video, AudioVideo", "audioVideo, AudioVideo",
        "ConversationState, ConversationState"})
    void upperCamelCapitalisesEveryWord(String name, String java) {
        assertThat(JavaNames.upperCamel(name)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "InLobby, IN_LOBBY", "inLobby, IN_LOBBY", "In-Lobby, IN_LOBBY", "IN_LOBBY, IN_LOBBY", "On, ON",
        "HTTPServer, HTTP_SERVER", "HttpServer, HTTP_SERVER", "Video2D, VIDEO2_D", "1080p, _1080P",
        "PanoramicVideo, PANORAMIC_VIDEO", "'+', ''"
    })
    void upperSnakeJoinsTheWordsInCapitals(String wire, String constant) {
        assertThat(JavaNames.upperSnake(wire)).isEqualTo(constant);
    }

    @Test
    void aJavaNameReplacesTheDerivedName() {
        assertThat(JavaNames.memberName("class", "type")).isEqualTo("type");
        assertThat(JavaNames.memberName("thread-id", null)).isEqualTo("threadId");
        assertThat(JavaNames.constantName("1080p", "P1080")).isEqualTo("P1080");
        assertThat(JavaNames.constantName("InLobby", null)).isEqualTo("IN_LOBBY");
    }

    @Test
    void linkAccessorsEndInLinkOrLinks() {
        assertThat(JavaNames.linkAccessor("participants", null, true)).isEqualTo("participantsLinks");
        assertThat(JavaNames.linkAccessor("audio-video", null, false)).isEqualTo("audioVideoLink");
        assertThat(JavaNames.linkAccessor("3pcc", null, false)).isEqualTo("_3pccLink");
        assertThat(JavaNames.linkAccessor("3pcc", "thirdParty", false)).isEqualTo("thirdPartyLink");
    }

    @Test
    void classNamesOfAResourceAreItsUpperCamelNameAndItsBinding() {
        assertThat(JavaNames.className("conversation")).isEqualTo("Conversation");
        assertThat(JavaNames.bindingClassName("conversation")).isEqualTo("ConversationBinding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "default", "_", "true", "null", "goto", "const", "strictfp"})
    void keywordsAndLiteralsAreNoIdentifiers(String word) {
        assertThat(JavaNames.isKeyword(word)).isTrue();
        assertThat(JavaNames.isIdentifier(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"threadId", "var", "record", "yield", "caféCrème", "$x", "IN_LOBBY"})
    void contextualKeywordsAndUnicodeLettersMakeIdentifiers(String word) {
        assertThat(JavaNames.isIdentifier(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1st", "a-b", "a b", "3dView"})
    void otherSpellingsAreNoIdentifiers(String word) {
        assertThat(JavaNames.isIdentifier(word)).isFalse();
    }

    @Test
    void reservedMembersAndTypesAreComparedExactlyClassFilesAndDevicesIgnoringCase() {
        assertThat(ReservedNames.member("hashCode")).contains("a method of java.lang.Object");
        assertThat(ReservedNames.member("HashCode")).isEmpty();
        assertThat(ReservedNames.member("java")).get().asString().contains("package root");
        assertThat(ReservedNames.isReservedMember("class")).isTrue();
        assertThat(ReservedNames.isReservedMember("threadId")).isFalse();
        assertThat(ReservedNames.type("System")).contains("java.lang.System");
        assertThat(ReservedNames.type("system")).isEmpty();
        assertThat(ReservedNames.isReservedClass("SYSTEM")).isTrue();
        assertThat(ReservedNames.type("Conversation")).isEmpty();
        assertThat(ReservedNames.isReservedClass("Generatedbindings")).isTrue();
        assertThat(ReservedNames.isReservedClass("Class")).isTrue();
        assertThat(ReservedNames.isReservedClass("Conversation")).isFalse();
        assertThat(ReservedNames.isWindowsDevice("Con")).isTrue();
        assertThat(ReservedNames.isWindowsDevice("Console")).isFalse();
    }

    @Test
    void conversionsIgnoreTheDefaultLocale() {
        Locale defaultLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(JavaNames.upperSnake("isInLobby")).isEqualTo("IS_IN_LOBBY");
            assertThat(JavaNames.lowerCamel("ID")).isEqualTo("id");
            assertThat(JavaNames.upperCamel("item")).isEqualTo("Item");
        } finally {
            Locale.setDefault(defaultLocale);
        }
    }
}
