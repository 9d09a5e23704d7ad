package io.github.ucwakit.schema.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.model.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TypeParserTest {

    private final TypeParser parser = new TypeParser(List.of("ConversationState"));

    @ParameterizedTest
    @EnumSource(Type.Kind.class)
    void readsEveryScalarAndItsListBySpelling(Type.Kind kind) {
        assertThat(parser.parse(kind.spelling()).type()).contains(new Type.Scalar(kind));
        assertThat(parser.parse("list<" + kind.spelling() + ">").type())
                .contains(new Type.ListOf(new Type.Scalar(kind)));
    }

    @Test
    void readsEnumerationReferencesAndTheirLists() {
        assertThat(parser.parse("ConversationState").type()).contains(new Type.EnumRef("ConversationState"));
        assertThat(parser.parse("list<ConversationState>").type())
                .contains(new Type.ListOf(new Type.EnumRef("ConversationState")));
    }

    @Test
    void spellingOfAParsedTypeReadsBackAsTheSameType() {
        for (String spelling : List.of("date", "ConversationState", "list<long>", "list<ConversationState>")) {
            Type type = parser.parse(spelling).type().orElseThrow();
            assertThat(type.spelling()).isEqualTo(spelling);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "strng | unknown type 'strng'; did you mean 'string'?",
        "ConversationStat | unknown enumeration 'ConversationStat'; did you mean 'ConversationState'?",
        "Colour | unknown enumeration 'Colour'; no descriptor describes it",
        "list<list<int>> | a list of lists is not supported: 'list<list<int>>'",
        "list<int | malformed list type 'list<int'; a list is written list<T>",
        "map<string> | malformed type 'map<string>'; a list is written list<T>",
        "list<> | malformed list type 'list<>'; a list is written list<T>",
        "list<strng> | unknown type 'strng'; did you mean 'string'?"
    })
    void explainsWhyASpellingIsNoType(String spelling, String problem) {
        TypeParser.Result result = parser.parse(spelling);
        assertThat(result.type()).isEmpty();
        assertThat(result.problem()).contains(problem);
    }
}
