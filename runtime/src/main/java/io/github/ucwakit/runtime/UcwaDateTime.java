package io.github.ucwakit.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;

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
    private static final String JSON_PREFIX = "/Date(";
    private static final String JSON_SUFFIX = ")/";
    private static final int MAX_MILLIS_DIGITS = 19;
    private static final int NANOS_PER_MILLI = 1_000_000;
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
        UcwaDateTime common = IsoDates.parseCommon(text);
        return common != null ? common : parseIsoFully(text);
    }

    /** Creates a date read from ISO text; for {@link IsoDates}. */
    static UcwaDateTime ofIso(OffsetDateTime value, int fractionDigits, boolean zulu) {
        return new UcwaDateTime(value, fractionDigits, zulu);
    }

    /** Parses any text {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} takes, the forms the fast path leaves. */
    private static UcwaDateTime parseIsoFully(String text) {
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an ISO-8601 date with an offset: "
                    + UcwaPayloadException.quote(text), e);
        }
        try {
            parsed.toInstant().toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("out of the range of /Date(ms)/ (milliseconds in a long): "
                    + UcwaPayloadException.quote(text), e);
        }
        int offsetStart = offsetStart(text);
        return new UcwaDateTime(parsed, fractionDigits(text, offsetStart), text.charAt(offsetStart) == 'Z'
                || text.charAt(offsetStart) == 'z');
    }

    /** Parses JSON's form, {@code /Date(1474932024822)/} or {@code /Date(1474932024822+0200)/}. */
    public static UcwaDateTime parseJson(String text) {
        Objects.requireNonNull(text, "text");
        int end = text.length() - JSON_SUFFIX.length();
        if (!text.startsWith(JSON_PREFIX) || !text.endsWith(JSON_SUFFIX) || end < JSON_PREFIX.length()) {
            throw notJson(text, null);
        }
        int digitsStart = JSON_PREFIX.length() + (text.charAt(JSON_PREFIX.length()) == '-' ? 1 : 0);
        int digitsEnd = digitsStart;
        while (digitsEnd < end && isDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        int digits = digitsEnd - digitsStart;
        boolean offset = digitsEnd == end - 5 && (text.charAt(digitsEnd) == '+' || text.charAt(digitsEnd) == '-');
        if (digits < 1 || digits > MAX_MILLIS_DIGITS || digitsEnd != end && !offset) {
            throw notJson(text, null);
        }
        try {
            long millis = Long.parseLong(text, JSON_PREFIX.length(), digitsEnd, 10);
            if (!offset) {
                return new UcwaDateTime(atOffset(millis, ZoneOffset.UTC), JSON_FRACTION_DIGITS, true);
            }
            int sign = text.charAt(digitsEnd) == '-' ? -1 : 1;
            int hours = twoDigits(text, digitsEnd + 1);
            int minutes = twoDigits(text, digitsEnd + 3);
            if (hours < 0 || minutes < 0) {
                throw notJson(text, null);
            }
            ZoneOffset zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            return new UcwaDateTime(atOffset(millis, zone), JSON_FRACTION_DIGITS, false);
        } catch (NumberFormatException | DateTimeException e) {
            throw notJson(text, e);
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
        String common = IsoDates.formatCommon(value, fractionDigits, zulu);
        return common != null ? common : (zulu ? ZULU_WRITERS : OFFSET_WRITERS)[fractionDigits].format(value);
    }

    /** The JSON form, {@code /Date(ms)/}. */
    public String toJsonString() {
        return JSON_PREFIX + epochMilli() + JSON_SUFFIX;
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

    /** Milliseconds since the epoch, as {@link Instant#toEpochMilli()} counts them, without making an instant. */
    private long epochMilli() {
        long seconds = value.toEpochSecond();
        int millis = value.getNano() / NANOS_PER_MILLI;
        if (seconds < 0 && millis > 0) {
            return Math.addExact(Math.multiplyExact(seconds + 1, 1000L), millis - 1000L);
        }
        return Math.addExact(Math.multiplyExact(seconds, 1000L), millis);
    }

    /** The date-time at an offset of a number of milliseconds since the epoch, without looking up zone rules. */
    private static OffsetDateTime atOffset(long millis, ZoneOffset offset) {
        long seconds = Math.floorDiv(millis, 1000L);
        int nanos = (int) Math.floorMod(millis, 1000L) * NANOS_PER_MILLI;
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, nanos, offset), offset);
    }

    private static IllegalArgumentException notJson(String text, Exception cause) {
        return new IllegalArgumentException("not a /Date(ms)/ date: " + UcwaPayloadException.quote(text), cause);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The two ASCII digits at {@code at} as a number, or -1. */
    static int twoDigits(String text, int at) {
        char tens = text.charAt(at);
        char ones = text.charAt(at + 1);
        return isDigit(tens) && isDigit(ones) ? (tens - '0') * 10 + ones - '0' : -1;
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
        for (int i = timeSeparator(text) + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return i;
            }
        }
        throw new IllegalArgumentException("no offset in " + UcwaPayloadException.quote(text));
    }

    private static int fractionDigits(String text, int offsetStart) {
        int dot = text.indexOf('.', timeSeparator(text));
        return dot < 0 || dot > offsetStart ? 0 : offsetStart - dot - 1;
    }

    /** Where the time begins: the {@code T}, or the {@code t} the ISO parser accepts as well. */
    private static int timeSeparator(String text) {
        int upper = text.indexOf('T');
        return upper >= 0 ? upper : text.indexOf('t');
    }
}
