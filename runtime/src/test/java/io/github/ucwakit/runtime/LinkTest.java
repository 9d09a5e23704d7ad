package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testsupport.PayloadAssertions;
import java.util.List;
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
    void aRevisionIsKeptByWithRelAndCountsForEquality() {
        Link link = Link.of("self", "/search", null, "2");

        assertThat(link.revision()).contains("2");
        assertThat(link.withRel("search").revision()).contains("2");
        assertThat(link).isNotEqualTo(Link.of("self", "/search")).hasToString(
                "Link{rel=self, href=/search, revision=2}");
        assertThat(Link.of("self", "/search").revision()).isEmpty();
    }

    @Test
    void aRevisionTravelsThroughJsonXmlAndEnvelopes() {
        UcwaCodec codec = UcwaCodec.of(List.of());
        String json = "{\"rel\":\"search\",\"_links\":{\"self\":{\"href\":\"/s\"},"
                + "\"contacts\":{\"href\":\"/c\",\"revision\":\"3\"}}}";

        UcwaResource read = codec.read(json, PayloadFormat.JSON);
        UcwaResource viaXml = codec.read(codec.writeToString(read, PayloadFormat.XML), PayloadFormat.XML);
        UcwaResource viaEnvelope = codec.fromEnvelope(codec.toEnvelope(read));

        assertThat(read.unknownMembers().links()).singleElement()
                .isEqualTo(Link.of("contacts", "/c", null, "3"));
        assertThat(viaXml.unknownMembers().links()).isEqualTo(read.unknownMembers().links());
        assertThat(viaEnvelope.unknownMembers().links()).isEqualTo(read.unknownMembers().links());
        assertThat(PayloadAssertions.tree(codec.writeToString(read, PayloadFormat.JSON)))
                .isEqualTo(PayloadAssertions.tree(json));
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
