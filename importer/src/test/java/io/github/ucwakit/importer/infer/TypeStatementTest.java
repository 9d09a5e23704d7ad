package io.github.ucwakit.importer.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeStatementTest {

    @Test
    void splitsAScalarStatementGluedToTheText() {
        TypeStatement.Split split = TypeStatement.split("The URI of the contact who is invited.String");
        assertThat(split.description()).isEqualTo("The URI of the contact who is invited.");
        assertThat(split.hint()).contains(new TypeHint(false, "string", null, null, "String"));
    }

    @Test
    void splitsNullableArrayAndEnumerationStatements() {
        assertThat(TypeStatement.split("Whether the LIS query succeededNullable (LisQueryResultEnum)Succeeded, or Failed")
                .hint()).contains(new TypeHint(false, null, "LisQueryResultEnum", null,
                        "Nullable (LisQueryResultEnum)Succeeded, or Failed"));
        TypeStatement.Split array = TypeStatement.split("The formats.Array of (MessageFormat)Plain, or Html");
        assertThat(array.description()).isEqualTo("The formats.");
        assertThat(array.hint().orElseThrow().array()).isTrue();
        assertThat(array.hint().orElseThrow().enumeration()).isEqualTo("MessageFormat");
        assertThat(TypeStatement.split("The SDP.Array of Byte").hint())
                .contains(new TypeHint(true, null, null, "Byte", "Array of Byte"));
    }

    @Test
    void leavesADescriptionWithoutStatementAlone() {
        TypeStatement.Split split = TypeStatement.split("The participant's role (Role), such as Attendee or Leader.");
        assertThat(split.description()).isEqualTo("The participant's role (Role), such as Attendee or Leader.");
        assertThat(split.hint()).isEmpty();
    }
}
