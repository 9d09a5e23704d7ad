package io.github.ucwakit.schema.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("name", "type", "description", "properties", "target");

    @ParameterizedTest
    @CsvSource({"'', abc, 3", "kitten, sitting, 3", "type, typ, 1", "tagret, target, 2", "same, same, 0"})
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int distance) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(distance);
        assertThat(Suggestions.distance(b, a)).isEqualTo(distance);
    }

    @Test
    void suggestsTheClosestKnownWordWithinTwoEdits() {
        assertThat(Suggestions.closest("propreties", KEYS)).contains("properties");
        assertThat(Suggestions.closest("typ", KEYS)).contains("type");
        assertThat(Suggestions.hint("tagret", KEYS)).isEqualTo("; did you mean 'target'?");
    }

    @Test
    void ignoresCaseWhenComparing() {
        assertThat(Suggestions.closest("get", List.of("GET", "PUT"))).contains("GET");
    }

    @Test
    void suggestsNothingWhenEveryWordIsFarOrTheWordIsKnown() {
        assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
        assertThat(Suggestions.closest("name", KEYS)).isEmpty();
        assertThat(Suggestions.hint("colour", KEYS)).isEmpty();
    }
}
