package io.github.ucwakit.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UCWA date: {@code /Date(ms)/} (or {@code /Date(ms+hhmm)/}) in JSON, ISO-8601 with up to seven fractional
 * digits and an offset in XML. Keeps the offset and the number of fractional digits it was read with, so that it
 * is written back exactly.
 *
 * <p>Two dates are equal when they write the same ISO-8601 text: same instant, same offset (a {@code Z} differs
 * from {@code +00:00}) and same number of fractional digits. {@link #compareTo} orders by instant first and is
 * consistent with {@link #equals}. A date read from JSON has three fractional digits and the offset of the
 * {@code /Date(ms+hhmm)/} form, or {@code Z} when it has none; written to JSON it always gives {@code /Date(ms)/}.
 */
public final class UcwaDateTime implements Comparable<UcwaDateTime> {

    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int JSON_FRACTION_DIGITS = 3;
    private static final Pattern JSON_FORM = Pattern.compile("/Date\\((-?\\d{1,19})(?:([+-])(\\d{2})(\\d{2}))?\\)/");
    /** ISO writers by fractional digits, writing a zero offset as {@code +00:00}. */
    private static final DateTimeFormatter[] OFFSET_WRITERS = isoWriters("+00:00");
    /** ISO writers by fractional digits, writing a zero offset as {@code Z}. */
    private static final DateTimeFormatter[] ZULU_WRITERS = isoWriters("Z");

    private final OffsetDateTime value;
    private final int fractionDigits;
    private final boolean zulu;

    private UcwaDateTime(OffsetDateTime value, int fractionDigits, boolean zulu) {
        this.value = value;
        this.fractionDigits = fractionDigits;
        this.zulu = zulu;
    }

    /**
     * A date of the given value, written with as many fractional digits as its nanoseconds need and {@code Z} for
     * a zero offset.
     */
    public static UcwaDateTime of(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        return new UcwaDateTime(value, digitsNeeded(value.getNano()), value.getOffset().equals(ZoneOffset.UTC));
    }

    /** Parses XML's ISO-8601 form, for example {@code 2016-09-26T16:20:24.8356669-07:00}. */
    public static UcwaDateTime parseIso(String text) {
        Objects.requireNonNull(text, "text");
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an ISO-8601 date with an offset: '" + text + "'", e);
        }
        int offsetStart = offsetStart(text);
        return new UcwaDateTime(parsed, fractionDigits(text, offsetStart), text.charAt(offsetStart) == 'Z'
                || text.charAt(offsetStart) == 'z');
    }

    /** Parses JSON's form, {@code /Date(1474932024822)/} or {@code /Date(1474932024822+0200)/}. */
    public static UcwaDateTime parseJson(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = JSON_FORM.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a /Date(ms)/ date: '" + text + "'");
        }
        try {
            Instant instant = Instant.ofEpochMilli(Long.parseLong(matcher.group(1)));
            if (matcher.group(2) == null) {
                return new UcwaDateTime(instant.atOffset(ZoneOffset.UTC), JSON_FRACTION_DIGITS, true);
            }
            int sign = matcher.group(2).equals("-") ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(matcher.group(3)),
                    sign * Integer.parseInt(matcher.group(4)));
            return new UcwaDateTime(instant.atOffset(offset), JSON_FRACTION_DIGITS, false);
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("not a /Date(ms)/ date: '" + text + "'", e);
        }
    }

    /** Parses either form: {@code /Date(..)/} or ISO-8601. */
    public static UcwaDateTime parse(String text) {
        Objects.requireNonNull(text, "text");
        return text.startsWith("/Date(") ? parseJson(text) : parseIso(text);
    }

    public OffsetDateTime toOffsetDateTime() {
        return value;
    }

    public Instant toInstant() {
        return value.toInstant();
    }

    /** The number of fractional digits of the second this date is written with. */
    public int fractionDigits() {
        return fractionDigits;
    }

    /** The ISO-8601 form, with the fractional digits and the offset it was read with. */
    public String toIsoString() {
        return (zulu ? ZULU_WRITERS : OFFSET_WRITERS)[fractionDigits].format(value);
    }

    /** The JSON form, {@code /Date(ms)/}. */
    public String toJsonString() {
        return "/Date(" + value.toInstant().toEpochMilli() + ")/";
    }

    @Override
    public int compareTo(UcwaDateTime o) {
        int byInstant = value.toInstant().compareTo(o.value.toInstant());
        return byInstant != 0 ? byInstant : toIsoString().compareTo(o.toIsoString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UcwaDateTime other
                && value.equals(other.value)
                && fractionDigits == other.fractionDigits
                && zulu == other.zulu;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, fractionDigits, zulu);
    }

    @Override
    public String toString() {
        return toIsoString();
    }

    private static DateTimeFormatter[] isoWriters(String zeroOffsetText) {
        DateTimeFormatter[] writers = new DateTimeFormatter[MAX_FRACTION_DIGITS + 1];
        for (int digits = 0; digits <= MAX_FRACTION_DIGITS; digits++) {
            DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .appendLiteral('T')
                    .appendPattern("HH:mm:ss");
            if (digits > 0) {
                builder.appendFraction(ChronoField.NANO_OF_SECOND, digits, digits, true);
            }
            writers[digits] = builder.appendOffset("+HH:MM:ss", zeroOffsetText).toFormatter(Locale.ROOT);
        }
        return writers;
    }

    private static int digitsNeeded(int nanos) {
        if (nanos == 0) {
            return 0;
        }
        int digits = MAX_FRACTION_DIGITS;
        int rest = nanos;
        while (rest % 10 == 0) {
            rest /= 10;
            digits--;
        }
        return digits;
    }

    /** Where the offset starts; the text has already parsed as an ISO date with an offset. */
    private static int offsetStart(String text) {
        for (int i = text.indexOf('T') + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return i;
            }
        }
        throw new IllegalArgumentException("no offset in '" + text + "'");
    }

    private static int fractionDigits(String text, int offsetStart) {
        int dot = text.indexOf('.', text.indexOf('T'));
        return dot < 0 || dot > offsetStart ? 0 : offsetStart - dot - 1;
    }
}
