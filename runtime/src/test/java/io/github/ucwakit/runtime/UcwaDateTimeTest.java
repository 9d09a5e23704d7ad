package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UcwaDateTimeTest {

    @Test
    void parsesSevenFractionalDigitsAndKeepsThem() {
        UcwaDateTime date = UcwaDateTime.parseIso("2016-09-26T16:20:24.8356669-07:00");

        assertThat(date.toOffsetDateTime())
                .isEqualTo(OffsetDateTime.of(2016, 9, 26, 16, 20, 24, 835_666_900, ZoneOffset.ofHours(-7)));
        assertThat(date.fractionDigits()).isEqualTo(7);
        assertThat(date.toIsoString()).isEqualTo("2016-09-26T16:20:24.8356669-07:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2012-01-11T19:03:22Z",
        "2012-01-11T19:03:22.7Z",
        "2012-01-11T19:03:22.740Z",
        "2012-01-11T19:03:22.7433336-08:00",
        "2012-01-11T19:03:22.000000000+00:00",
        "2012-01-11T19:03:22.123456789+05:30",
        "2012-01-11T19:03:22.1000000+14:00",
        "1969-12-31T23:59:59.9990000Z"
    })
    void writesIsoTextBackExactly(String text) {
        assertThat(UcwaDateTime.parseIso(text).toIsoString()).isEqualTo(text);
    }

    @Test
    void zuluAndZeroOffsetAreTheSameInstantButNotEqual() {
        UcwaDateTime zulu = UcwaDateTime.parseIso("2012-01-11T19:03:22Z");
        UcwaDateTime zero = UcwaDateTime.parseIso("2012-01-11T19:03:22+00:00");

        assertThat(zulu.toInstant()).isEqualTo(zero.toInstant());
        assertThat(zulu).isNotEqualTo(zero);
        assertThat(zulu.compareTo(zero)).isNotZero().isEqualTo(-zero.compareTo(zulu));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2012-01-11T19:03:22",
        "2012-01-11",
        "2012-01-11T19:03:22.1234567890Z",
        "/Date(12)/",
        "yesterday",
        ""
    })
    void rejectsIsoTextWithoutOffsetOrWithTooManyDigits(String text) {
        assertThatThrownBy(() -> UcwaDateTime.parseIso(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesJsonMilliseconds() {
        UcwaDateTime date = UcwaDateTime.parseJson("/Date(1474932024822)/");

        assertThat(date.toInstant()).isEqualTo(Instant.ofEpochMilli(1474932024822L));
        assertThat(date.toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(date.toJsonString()).isEqualTo("/Date(1474932024822)/");
        assertThat(date.toIsoString()).isEqualTo("2016-09-26T23:20:24.822Z");
    }

    @Test
    void jsonOffsetIsKeptForIsoButMillisecondsStayUtc() {
        UcwaDateTime date = UcwaDateTime.parseJson("/Date(1474932024822+0200)/");

        assertThat(date.toInstant()).isEqualTo(Instant.ofEpochMilli(1474932024822L));
        assertThat(date.toIsoString()).isEqualTo("2016-09-27T01:20:24.822+02:00");
        assertThat(date.toJsonString()).isEqualTo("/Date(1474932024822)/");
    }

    @Test
    void negativeOffsetWithMinutes() {
        UcwaDateTime date = UcwaDateTime.parseJson("/Date(0-0530)/");

        assertThat(date.toIsoString()).isEqualTo("1969-12-31T18:30:00.000-05:30");
        assertThat(date.toInstant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void negativeMillisecondsBeforeTheEpoch() {
        UcwaDateTime date = UcwaDateTime.parseJson("/Date(-1500)/");

        assertThat(date.toInstant()).isEqualTo(Instant.parse("1969-12-31T23:59:58.500Z"));
        assertThat(date.toJsonString()).isEqualTo("/Date(-1500)/");
        assertThat(date.toIsoString()).isEqualTo("1969-12-31T23:59:58.500Z");
    }

    @Test
    void isoWrittenToJsonDropsSubMillisecondDigits() {
        assertThat(UcwaDateTime.parseIso("2016-09-26T16:20:24.8356669-07:00").toJsonString())
                .isEqualTo("/Date(1474932024835)/");
        assertThat(UcwaDateTime.parseIso("1969-12-31T23:59:59.9999999Z").toJsonString())
                .isEqualTo("/Date(-1)/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Date()/", "/Date(12+2)/", "/Date(12+2500)/", "Date(12)", "/Date(1.5)/",
        "/Date(99999999999999999999)/", "/Date(12)"})
    void rejectsMalformedJsonDates(String text) {
        assertThatThrownBy(() -> UcwaDateTime.parseJson(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseAcceptsBothForms() {
        assertThat(UcwaDateTime.parse("/Date(0)/").toInstant()).isEqualTo(Instant.EPOCH);
        assertThat(UcwaDateTime.parse("1970-01-01T00:00:00Z").toInstant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void ofUsesTheDigitsTheValueNeeds() {
        assertThat(UcwaDateTime.of(OffsetDateTime.parse("2020-02-29T10:00:00Z")).toIsoString())
                .isEqualTo("2020-02-29T10:00:00Z");
        assertThat(UcwaDateTime.of(OffsetDateTime.parse("2020-02-29T10:00:00.120+01:00")).toIsoString())
                .isEqualTo("2020-02-29T10:00:00.12+01:00");
        assertThat(UcwaDateTime.of(OffsetDateTime.parse("2020-02-29T10:00:00.000000001Z")).fractionDigits())
                .isEqualTo(9);
    }

    @Test
    void equalsHashCodeAndCompareToAgree() {
        List<UcwaDateTime> dates = List.of(
                UcwaDateTime.parseIso("2012-01-11T19:03:22Z"),
                UcwaDateTime.parseIso("2012-01-11T19:03:22.000Z"),
                UcwaDateTime.parseIso("2012-01-11T19:03:22+00:00"),
                UcwaDateTime.parseIso("2012-01-11T20:03:22+01:00"),
                UcwaDateTime.parseIso("2012-01-11T19:03:22.0000001Z"),
                UcwaDateTime.parseJson("/Date(1326308602000)/"),
                UcwaDateTime.parseIso("2012-01-11T19:03:22.000Z"));
        for (UcwaDateTime a : dates) {
            for (UcwaDateTime b : dates) {
                assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(a.compareTo(b) == 0);
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
                if (a.equals(b)) {
                    assertThat(a.hashCode()).isEqualTo(b.hashCode());
                }
            }
        }
        assertThat(dates.get(1)).isEqualTo(dates.get(5)).isEqualTo(dates.get(6));
    }

    @Test
    void ordersByInstantFirst() {
        List<UcwaDateTime> dates = new ArrayList<>(List.of(
                UcwaDateTime.parseIso("2012-01-11T19:03:22-01:00"),
                UcwaDateTime.parseIso("2012-01-11T19:03:22+01:00"),
                UcwaDateTime.parseJson("/Date(-5)/")));
        dates.sort(null);

        assertThat(dates).extracting(UcwaDateTime::toIsoString).containsExactly(
                "1969-12-31T23:59:59.995Z", "2012-01-11T19:03:22+01:00", "2012-01-11T19:03:22-01:00");
    }
}
