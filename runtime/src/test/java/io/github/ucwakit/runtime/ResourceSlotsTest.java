package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceSlotsTest {

    @Test
    void aNewBuilderHasEveryMemberAbsentAndEmptyUnknownMembersLast() {
        Object[] slots = ResourceSlots.empty(3);
        assertThat(slots).containsExactly(null, null, UnknownMembers.empty());
    }

    @Test
    void anAbsentListReadsAsEmptyAndIsNotWritten() {
        assertThat(ResourceSlots.<String>list(null)).isEmpty();
        assertThat(ResourceSlots.<String>listOrNull(null)).isNull();
        assertThat(ResourceSlots.<String>list(List.of("a"))).containsExactly("a");
    }

    @Test
    void freezingCopiesTheArrayAndTheBuildersListsIntoUnmodifiableOnes() {
        List<String> given = new ArrayList<>(List.of("a"));
        Object[] builder = ResourceSlots.empty(3);
        builder[0] = ResourceSlots.copy(given);
        given.add("changed after the setter");
        ResourceSlots.add(builder, 1, "x", "link");
        Object[] frozen = ResourceSlots.freeze(builder);
        ResourceSlots.add(builder, 1, "y", "link");
        assertThat(frozen[0]).isEqualTo(List.of("a"));
        assertThat(frozen[1]).isEqualTo(List.of("x"));
        assertThatThrownBy(() -> ResourceSlots.<String>list(frozen[1]).add("z"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(builder[1]).isEqualTo(List.of("x", "y"));
    }

    @Test
    void anUnmodifiableListGivenToASetterIsKeptWithoutACopyAndANullElementIsRefused() {
        List<String> read = List.of("a", "b");
        Object[] builder = ResourceSlots.empty(2);
        builder[0] = ResourceSlots.copy(read);
        assertThat(ResourceSlots.freeze(builder)[0]).isSameAs(read);
        assertThatThrownBy(() -> ResourceSlots.copy(Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void addingToAFrozenListCopiesItFirstAndRefusesNull() {
        Object[] slots = {List.of("a"), UnknownMembers.empty()};
        Object frozen = slots[0];
        ResourceSlots.add(slots, 0, "b", "link");
        assertThat(slots[0]).isEqualTo(List.of("a", "b"));
        assertThat(frozen).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> ResourceSlots.add(slots, 0, null, "link"))
                .isInstanceOf(NullPointerException.class).hasMessage("link");
        assertThat(ResourceSlots.copy(null)).isNull();
    }

    @Test
    void printsEveryMemberByName() {
        assertThat(ResourceSlots.toString("Note", new String[] {"text", "unknownMembers"},
                new Object[] {"hi", null})).isEqualTo("Note[text=hi, unknownMembers=null]");
    }
}
