package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import org.junit.jupiter.api.Test;

class UcwaPayloadExceptionTest {

    @Test
    void theOldConstructorsGiveInvalidValue() {
        IllegalStateException cause = new IllegalStateException("cause");

        UcwaPayloadException located = new UcwaPayloadException("not acceptable", "$.subject");
        UcwaPayloadException withCause = new UcwaPayloadException("not acceptable", null, cause);

        assertThat(located.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(located).hasMessage("$.subject: not acceptable");
        assertThat(located.location()).isEqualTo("$.subject");
        assertThat(located.detail()).isEqualTo("not acceptable");
        assertThat(withCause.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(withCause).hasMessage("not acceptable").hasCause(cause);
        assertThat(withCause.location()).isNull();
    }

    @Test
    void carriesItsKind() {
        UcwaPayloadException e = new UcwaPayloadException(Kind.DUPLICATE, "'subject' is given twice", "$.subject");

        assertThat(e.kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(e).hasMessage("$.subject: 'subject' is given twice");
    }

    @Test
    void canBePlacedInTheDocumentLater() {
        UcwaPayloadException unplaced = DataUri.invalid("a data: URI needs a comma before its data", "data:x", null);

        UcwaPayloadException placed = unplaced.at("line 3, column 74");

        assertThat(placed.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(placed.location()).isEqualTo("line 3, column 74");
        assertThat(placed).hasMessage("line 3, column 74: a data: URI needs a comma before its data: 'data:x'");
    }

    @Test
    void quotesValuesCutShort() {
        assertThat(UcwaPayloadException.quote("eleven")).isEqualTo("'eleven'");
        assertThat(UcwaPayloadException.quote(null)).isEqualTo("null");
        assertThat(UcwaPayloadException.quote("x".repeat(10_000_000)))
                .isEqualTo("'" + "x".repeat(60) + "...' (10000000 characters)");
    }
}
