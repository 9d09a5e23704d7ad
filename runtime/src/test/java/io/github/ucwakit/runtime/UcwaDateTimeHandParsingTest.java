package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written date parsing and formatting agree with java.time's ISO formatter, the reference. */
class UcwaDateTimeHandParsingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2016-02-29T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999+18:00",
        "2012-01-11T19:03:22.5-18:00",
        "2012-01-11T19:03:22-00:00",
        "2012-01-11T19:03:22.Z",
        "2012-01-11t19:03:22z",
        "2012-01-11T19:03Z",
        "2012-01-11T19:03:22+05",
        "2012-01-11T19:03:22+05:30:15",
        "+12012-01-11T19:03:22Z",
        "2012-01-11T19:03:22.000000001+01:45"
    })
    void readsWhatTheIsoFormatterReadsWithTheSameValue(String text) {
        UcwaDateTime date = UcwaDateTime.parseIso(text);

        assertThat(date.toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2015-02-29T00:00:00Z",
        "2012-04-31T00:00:00Z",
        "2012-13-01T00:00:00Z",
        "2012-01-11T24:00:00Z",
        "2012-01-11T19:60:00Z",
        "2012-01-11T19:03:60Z",
        "2012-01-11T19:03:22+18:01",
        "2012-01-11T19:03:22+05:60",
        "2012-01-11T19:03:22+0530",
        "2012-01-11T19:03:22.123",
        "2012-01-11T19:03:22.",
        "2012-01-11T19:03:22 Z",
        "2012-01-11T19:03:2xZ",
        "12012-01-11T19:03:22Z",
        "2012-01-11T19:03:22Z "
    })
    void refusesWhatTheIsoFormatterRefuses(String text) {
        assertThatThrownBy(() -> UcwaDateTime.parseIso(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesDigitsAndOffsetsLikeTheIsoFormatterForRandomDates() {
        Random random = new Random(20261127L);
        for (int i = 0; i < 2000; i++) {
            long seconds = random.nextLong() % 400_000_000_000L;
            int nanos = random.nextInt(1_000_000_000);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60);
            OffsetDateTime value = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
            int digits = random.nextInt(10);
            String expected = reference(digits, random.nextBoolean() ? "Z" : "+00:00").format(value);
            UcwaDateTime date = UcwaDateTime.parseIso(expected);

            assertThat(date.toIsoString()).isEqualTo(expected);
            assertThat(date.fractionDigits()).isEqualTo(digits);
            assertThat(date.toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.parse(expected, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            assertThat(date.toJsonString()).isEqualTo("/Date(" + date.toInstant().toEpochMilli() + ")/");
        }
    }

    @Test
    void writesYearsBeyondFourDigitsAndOffsetsWithSecondsThroughTheFormatter() {
        assertThat(UcwaDateTime.parseIso("+12012-01-11T19:03:22Z").toIsoString())
                .isEqualTo("+12012-01-11T19:03:22Z");
        assertThat(UcwaDateTime.parseIso("2012-01-11T19:03:22+05:30:15").toIsoString())
                .isEqualTo("2012-01-11T19:03:22+05:30:15");
        assertThat(UcwaDateTime.of(OffsetDateTime.parse("-0001-01-01T00:00:00Z")).toIsoString())
                .isEqualTo("-0001-01-01T00:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Date(9223372036854775807)/", "/Date(-9223372036854775808)/", "/Date(-0)/",
        "/Date(12+1800)/", "/Date(12-0000)/", "/Date(1474932024822-0845)/"})
    void readsJsonDatesAtTheEdges(String text) {
        UcwaDateTime date = UcwaDateTime.parseJson(text);
        String millis = text.substring("/Date(".length(), text.length() - 2).replaceFirst("(?<=\\d)[+-]\\d{4}$", "");

        assertThat(date.toInstant()).isEqualTo(Instant.ofEpochMilli(Long.parseLong(millis)));
        assertThat(date.toJsonString()).isEqualTo("/Date(" + Long.parseLong(millis) + ")/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Date(12+1801)/", "/Date(12+0060)/", "/Date(+12)/", "/Date(12 )/", "/Date(-)/",
        "/Date(12+12:00)/", "/Date(12+120)/", "/Date(9223372036854775808)/", "/Date(12345678901234567890)/",
        "/Date(0x1)/", "/Date(12)//"})
    void refusesMalformedJsonDatesAtTheEdges(String text) {
        assertThatThrownBy(() -> UcwaDateTime.parseJson(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/Date(ms)/");
    }

    @Test
    void jsonOffsetGivesTheSameDateAsJavaTime() {
        UcwaDateTime date = UcwaDateTime.parseJson("/Date(-1500-0530)/");

        assertThat(date.toOffsetDateTime()).isEqualTo(
                Instant.ofEpochMilli(-1500).atOffset(ZoneOffset.ofHoursMinutes(-5, -30)));
        assertThat(date.toIsoString()).isEqualTo("1969-12-31T18:29:58.500-05:30");
    }

    private static DateTimeFormatter reference(int digits, String zeroOffset) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendPattern("HH:mm:ss");
        if (digits > 0) {
            builder.appendFraction(ChronoField.NANO_OF_SECOND, digits, digits, true);
        }
        return builder.appendOffset("+HH:MM:ss", zeroOffset).toFormatter(Locale.ROOT);
    }
}
