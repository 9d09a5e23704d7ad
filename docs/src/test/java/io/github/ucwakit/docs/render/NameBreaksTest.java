package io.github.ucwakit.docs.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name on a page may wrap only between its words: a {@code <wbr/>} at each word boundary and nowhere else. */
class NameBreaksTest {

    private static String name(String text) {
        String page = new Xhtml().startDocument("en").start("p").name(text).end().finish();
        return page.substring(page.indexOf("<p>") + 3, page.indexOf("</p>"));
    }

    @Test
    void breaksAtCapitalsAfterSmallLettersAndDigitsAndAfterPunctuation() {
        assertThat(name("startOrRefreshSubscriptionToContactsAndGroups"))
                .isEqualTo("start<wbr/>Or<wbr/>Refresh<wbr/>Subscription<wbr/>To<wbr/>Contacts<wbr/>And<wbr/>Groups");
        assertThat(name("com.example.ucwa.Conversation")).isEqualTo("com.<wbr/>example.<wbr/>ucwa.<wbr/>Conversation");
        assertThat(name("audio-video_2Video")).isEqualTo("audio-<wbr/>video_<wbr/>2<wbr/>Video");
    }

    @Test
    void keepsAcronymsShortWordsAndRepeatedPunctuationWhole() {
        assertThat(name("HTTPServer")).isEqualTo("HTTPServer");
        assertThat(name("IN_LOBBY")).isEqualTo("IN_<wbr/>LOBBY");
        assertThat(name("self")).isEqualTo("self");
        assertThat(name("--")).isEqualTo("--");
        assertThat(name("")).isEmpty();
    }
}
