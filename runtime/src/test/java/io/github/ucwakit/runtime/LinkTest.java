package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void withRelKeepsHrefAndTitle() {
        Link link = Link.of("participants", "/p", "People");
        Link renamed = link.withRel("attendees");
        assertThat(renamed.rel()).isEqualTo("attendees");
        assertThat(renamed.href()).isEqualTo("/p");
        assertThat(renamed.title()).contains("People");
        assertThat(link.rel()).isEqualTo("participants");
    }

    @Test
    void withTheSameRelIsTheSameLink() {
        Link link = Link.of("self", "/c/1");
        assertThat(link.withRel("self")).isSameAs(link);
    }

    @Test
    void equalityCoversRelHrefAndTitle() {
        assertThat(Link.of("a", "/x", "t")).isEqualTo(Link.of("a", "/x", "t"))
                .hasSameHashCodeAs(Link.of("a", "/x", "t"))
                .isNotEqualTo(Link.of("a", "/x"))
                .isNotEqualTo(Link.of("b", "/x", "t"));
    }
}
