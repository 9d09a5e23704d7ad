package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningPolicyTest {

    private static Diagnostic undescribed(int line) {
        return Diagnostic.warning(WarningKind.UNDESCRIBED_REFERENCE, new SourceLocation("a.yaml", line, 10),
                "link 'x" + line + "' points at resource 'x" + line + "', which no descriptor describes");
    }

    private static final Diagnostic RENAME = Diagnostic.warning(WarningKind.JAVA_RENAME,
            new SourceLocation("b.yaml", 3, 1), "member 'a' is generated as A_");

    private static final Diagnostic ERROR = Diagnostic.error(new SourceLocation("b.yaml", 1, 1), "broken");

    @Test
    void ignoresKeepsOrRaisesEachKindAsTold() {
        WarningPolicy policy = WarningPolicy.parse(" undescribed-reference = ignore , java-rename=error");
        assertThat(policy.apply(List.of(undescribed(1), RENAME, ERROR)))
                .containsExactly(RENAME.asError(), ERROR);
        assertThat(RENAME.asError().toString()).isEqualTo("b.yaml:3:1: member 'a' is generated as A_ [java-rename]");
        assertThat(WarningPolicy.parse("java-rename=warning").apply(List.of(undescribed(1), RENAME)))
                .containsExactly(undescribed(1), RENAME);
    }

    @Test
    void readsBlankAsTheDefaultsAndWritesItselfBackInKindOrder() {
        assertThat(WarningPolicy.parse(null)).isEqualTo(WarningPolicy.defaults());
        assertThat(WarningPolicy.parse("  ")).isEqualTo(WarningPolicy.defaults());
        assertThat(WarningPolicy.parse("override=error,undescribed-reference=ignore").toString())
                .isEqualTo("undescribed-reference=ignore,override=error");
    }

    @Test
    void namesAnUnknownKindOrLevelWithTheKnownOnes() {
        assertThatThrownBy(() -> WarningPolicy.parse("undescribed-references=ignore"))
                .hasMessage("unknown warning kind 'undescribed-references'; kinds: undescribed-reference, "
                        + "empty-folder, java-rename, not-generated, reference-page, override; levels: ignore, "
                        + "warning, error");
        assertThatThrownBy(() -> WarningPolicy.parse("java-rename=off"))
                .hasMessage("unknown level 'off' for warning kind java-rename; levels: ignore, warning, error");
        assertThatThrownBy(() -> WarningPolicy.parse("java-rename"))
                .hasMessageStartingWith("warning setting 'java-rename' is not kind=level; kinds: ");
    }

    @Test
    void printsManyWarningsOfAKindAsOneLineUnlessTheKindIsNamed() {
        List<Diagnostic> many = new ArrayList<>();
        for (int line = 1; line <= WarningPolicy.SUMMARY_THRESHOLD + 50; line++) {
            many.add(undescribed(line));
        }
        many.add(RENAME);
        many.add(ERROR);
        assertThat(DiagnosticReport.lines(many, WarningPolicy.defaults()))
                .containsExactly(
                        new DiagnosticReport.Line(false, "60 warnings [undescribed-reference], the first a.yaml:1:10:"
                                + " link 'x1' points at resource 'x1', which no descriptor describes (set"
                                + " undescribed-reference=warning to list them all, undescribed-reference=ignore to"
                                + " drop them)"),
                        new DiagnosticReport.Line(false, RENAME.toString()),
                        new DiagnosticReport.Line(true, ERROR.toString()));
        assertThat(DiagnosticReport.lines(many, WarningPolicy.parse("undescribed-reference=warning"))).hasSize(62);
    }

    @Test
    void listsEveryWarningOfAKindUpToTheThreshold() {
        List<Diagnostic> few = new ArrayList<>();
        for (int line = 1; line <= WarningPolicy.SUMMARY_THRESHOLD; line++) {
            few.add(undescribed(line));
        }
        assertThat(DiagnosticReport.lines(few, WarningPolicy.defaults()))
                .extracting(DiagnosticReport.Line::text)
                .containsExactlyElementsOf(few.stream().map(Diagnostic::toString).toList());
    }
}
