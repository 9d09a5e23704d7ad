package io.github.ucwakit.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.naming.ReservedNames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAllocatorTest {

    private final NameAllocator members =
            new NameAllocator(ReservedNames::isReservedMember, false, NameAllocator.Suffix.PLAIN);

    @Test
    void keywordsLiteralsAndGeneratedNamesGetAnUnderscore() {
        List<String> reserved = new ArrayList<>(List.of("class", "default", "null", "true", "_", "java", "org"));
        reserved.addAll(ReservedNames.generatedMembers());
        for (String name : reserved) {
            NameAllocator.Allocation allocation = members.allocate(name);
            assertThat(allocation.name()).isEqualTo(name + "_");
            assertThat(allocation.renamed()).isFalse();
        }
    }

    @Test
    void theFirstClaimantKeepsTheNameAndLaterOnesAreNumbered() {
        assertThat(members.allocate("state").name()).isEqualTo("state");
        NameAllocator.Allocation second = members.allocate("state");
        assertThat(second.name()).isEqualTo("state2");
        assertThat(second.renamed()).isTrue();
        assertThat(members.allocate("state").name()).isEqualTo("state3");
    }

    @Test
    void aNumberedNameSkipsNamesAlreadyClaimed() {
        members.allocate("state2");
        members.allocate("state");
        assertThat(members.allocate("state").name()).isEqualTo("state3");
    }

    @Test
    void constantsAreNumberedAfterAnUnderscore() {
        NameAllocator constants =
                new NameAllocator(ReservedNames::isReservedMember, false, NameAllocator.Suffix.UNDERSCORE);
        constants.allocate("IN_LOBBY");
        assertThat(constants.allocate("IN_LOBBY").name()).isEqualTo("IN_LOBBY_2");
    }

    @Test
    void classNamesCollideRegardlessOfCase() {
        NameAllocator classes = new NameAllocator(ReservedNames::isReservedClass, true, NameAllocator.Suffix.PLAIN);
        assertThat(classes.allocate("AbC").name()).isEqualTo("AbC");
        assertThat(classes.allocate("ABC").name()).isEqualTo("ABC2");
        assertThat(classes.isFree("abc")).isFalse();
    }

    @Test
    void membersDifferingInCaseAreDistinct() {
        members.allocate("state");
        assertThat(members.allocate("State").name()).isEqualTo("State");
    }

    @Test
    void reservedClassNamesIncludeRuntimeTypesJavaLangAndWindowsDevices() {
        NameAllocator classes = new NameAllocator(ReservedNames::isReservedClass, true, NameAllocator.Suffix.PLAIN);
        assertThat(classes.allocate("GeneratedBindings").name()).isEqualTo("GeneratedBindings_");
        assertThat(classes.allocate("Generatedbindings").name()).isEqualTo("Generatedbindings_2");
        assertThat(classes.allocate("Link").name()).isEqualTo("Link_");
        assertThat(classes.allocate("String").name()).isEqualTo("String_");
        assertThat(classes.allocate("System").name()).isEqualTo("System_");
        assertThat(classes.allocate("Builder").name()).isEqualTo("Builder_");
        assertThat(classes.allocate("Con").name()).isEqualTo("Con_");
        assertThat(classes.allocate("Conversation").name()).isEqualTo("Conversation");
    }
}
