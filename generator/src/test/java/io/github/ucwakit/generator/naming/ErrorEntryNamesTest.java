package io.github.ucwakit.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.model.ErrorRow;
import org.junit.jupiter.api.Test;

class ErrorEntryNamesTest {

    private static ErrorRow row(int line, String error, String subcode, String description) {
        return new ErrorRow(new SourceLocation("a.yaml", line, 1), error, 409, subcode, description);
    }

    @Test
    void rowsWithTheSameContentsShareAConstantWhereverTheyAre() {
        ErrorEntryNames names = new ErrorEntryNames();
        assertThat(names.isEmpty()).isTrue();
        assertThat(names.constant(row(1, "Conflict", "AlreadyExists", "Exists."))).isEqualTo("CONFLICT_ALREADY_EXISTS");
        assertThat(names.constant(row(9, "Conflict", "AlreadyExists", "Exists."))).isEqualTo("CONFLICT_ALREADY_EXISTS");
        assertThat(names.isEmpty()).isFalse();
        assertThat(names.firstLocation().line()).isEqualTo(1);
    }

    @Test
    void aDifferentDescriptionOrStatusGetsTheNextNumber() {
        ErrorEntryNames names = new ErrorEntryNames();
        names.constant(row(1, "Conflict", "None", "One."));
        assertThat(names.constant(row(2, "Conflict", "None", "Two."))).isEqualTo("CONFLICT_NONE_2");
        assertThat(names.constant(new ErrorRow(new SourceLocation("a.yaml", 3, 1), "Conflict", 410, "None", "One.")))
                .isEqualTo("CONFLICT_NONE_3");
        assertThat(names.constant(row(4, "Conflict", "None", "Two."))).isEqualTo("CONFLICT_NONE_2");
    }
}
