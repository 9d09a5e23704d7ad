package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberListsTest {

    @Test
    void copyKeepsAbsentAbsentAndDetachesFromTheCallersList() {
        List<String> given = new ArrayList<>(List.of("a"));
        List<String> copy = MemberLists.copy(given);
        given.add("b");

        assertThat(copy).containsExactly("a");
        assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(MemberLists.<String>copy(null)).isNull();
        List<String> unmodifiable = List.of("x");
        assertThat(MemberLists.copy(unmodifiable)).isSameAs(unmodifiable);
        assertThatThrownBy(() -> MemberLists.copy(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void addGrowsItsOwnListAndNeverTheOneItWasGiven() {
        List<String> built = List.of("a");
        List<String> grown = MemberLists.add(built, "b", "item");
        List<String> again = MemberLists.add(grown, "c", "item");

        assertThat(built).containsExactly("a");
        assertThat(again).isSameAs(grown).containsExactly("a", "b", "c");
        assertThat(MemberLists.add(null, "a", "item")).containsExactly("a");
        assertThatThrownBy(() -> MemberLists.add(null, null, "link")).isInstanceOf(NullPointerException.class)
                .hasMessage("link");
    }

    @Test
    void valueTextNamesEveryMember() {
        assertThat(new ValueText("Note").add("text", "Hi").add("count", null).toString())
                .isEqualTo("Note[text=Hi, count=null]");
        assertThat(new ValueText("Empty").toString()).isEqualTo("Empty[]");
    }

    @Test
    void aLinkOfAnotherRelIsRefused() {
        Link messaging = Link.of("messaging", "/m");

        assertThat(Link.requireRel("messaging", messaging)).isSameAs(messaging);
        assertThat(Link.requireRel("messaging", null)).isNull();
        assertThatThrownBy(() -> Link.requireRel("participants", messaging))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'messaging'").hasMessageContaining("'participants'");
        assertThat(Link.requireRels("m", List.of(Link.of("m", "/1"), Link.of("m", "/2")))).hasSize(2);
        assertThat(Link.requireRels("m", null)).isNull();
        assertThatThrownBy(() -> Link.requireRels("m", List.of(Link.of("m", "/1"), Link.of("x", "/2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
