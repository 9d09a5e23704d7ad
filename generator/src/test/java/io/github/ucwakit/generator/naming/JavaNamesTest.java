package io.github.ucwakit.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @ParameterizedTest
    @CsvSource({
        "activeModalities, active|Modalities",
        "HTTPServer, HTTP|Server",
        "thread-id, thread|id",
        "in lobby, in|lobby",
        "Video720p, Video720p",
        "H264Codec, H264|Codec",
        "snake_case_name, snake|case|name",
        "URL, URL"
    })
    void splitsWordsAtSeparatorsAndCaseChanges(String name, String words) {
        assertThat(String.join("|", JavaNames.words(name))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({
        "conversation, Conversation",
        "ConversationState, ConversationState",
        "audio-video, AudioVideo",
        "onlineMeeting, OnlineMeeting",
        "2fa, _2fa",
        "'!!', Unnamed"
    })
    void classNamesAreUpperCamel(String name, String expected) {
        assertThat(JavaNames.upperCamel(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "activeModalities, activeModalities",
        "ActiveModalities, activeModalities",
        "URL, url",
        "HTTPServer, httpServer",
        "thread id, threadId",
        "threadID, threadID",
        "1stParticipant, _1stParticipant",
        "'', unnamed"
    })
    void membersAreLowerCamel(String name, String expected) {
        assertThat(JavaNames.lowerCamel(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "InLobby, IN_LOBBY",
        "PanoramicVideo, PANORAMIC_VIDEO",
        "Connected, CONNECTED",
        "in lobby, IN_LOBBY",
        "1080p, _1080P",
        "Non-Admin user, NON_ADMIN_USER",
        "HTTPError, HTTP_ERROR",
        "'+', UNNAMED"
    })
    void constantsAreUpperSnake(String name, String expected) {
        assertThat(JavaNames.upperSnake(name)).isEqualTo(expected);
    }

    @Test
    void conversionsIgnoreTheDefaultLocale() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat(JavaNames.upperSnake("isInLobby")).isEqualTo("IS_IN_LOBBY");
        assertThat(JavaNames.lowerCamel("ID")).isEqualTo("id");
        assertThat(JavaNames.upperCamel("item")).isEqualTo("Item");
    }
}
