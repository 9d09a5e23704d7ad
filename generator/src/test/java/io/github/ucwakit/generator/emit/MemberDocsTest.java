package io.github.ucwakit.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberDocsTest {

    @Test
    void aSentenceEndsWithAStopAnExclamationOrQuestionMarkOrAColon() {
        assertThat(MemberDocs.endsSentence("Done.")).isTrue();
        assertThat(MemberDocs.endsSentence("Really!")).isTrue();
        assertThat(MemberDocs.endsSentence("Why?")).isTrue();
        assertThat(MemberDocs.endsSentence("As follows:")).isTrue();
        assertThat(MemberDocs.endsSentence("No stop")).isFalse();
        assertThat(MemberDocs.endsSentence("A stop inside. Then none")).isFalse();
        assertThat(MemberDocs.endsSentence("")).isFalse();
    }
}
