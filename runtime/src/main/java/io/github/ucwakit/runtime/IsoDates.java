package io.github.ucwakit.runtime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The common ISO-8601 shape of UCWA's XML dates, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, parsed and
 * written by hand: no formatter, no zone rules. Anything else (lower-case letters, no seconds, offsets with
 * seconds, years beyond four digits, invalid values) is left to {@link UcwaDateTime}'s full
 * {@link java.time.format.DateTimeFormatter} path, which gives the same result or the same error.
 */
final class IsoDates {

    private static final int DATE_TIME_LENGTH = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int OFFSET_LENGTH = 6;
    private static final int SECONDS_PER_MINUTE = 60;
    private static final int MAX_YEAR = 9999;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    private IsoDates() {}

    /** The date of text in the common shape, or {@code null} when the full parser has to decide. */
    static UcwaDateTime parseCommon(String text) {
        int length = text.length();
        if (length < DATE_TIME_LENGTH + 1 || !separators(text)) {
            return null;
        }
        int year = fourDigits(text, 0);
        int month = UcwaDateTime.twoDigits(text, 5);
        int day = UcwaDateTime.twoDigits(text, 8);
        int hour = UcwaDateTime.twoDigits(text, 11);
        int minute = UcwaDateTime.twoDigits(text, 14);
        int second = UcwaDateTime.twoDigits(text, 17);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int at = DATE_TIME_LENGTH;
        int nanos = 0;
        int digits = 0;
        if (text.charAt(at) == '.') {
            at++;
            while (at < length && digits < MAX_FRACTION_DIGITS && UcwaDateTime.isDigit(text.charAt(at))) {
                nanos = nanos * 10 + text.charAt(at) - '0';
                digits++;
                at++;
            }
            if (digits == 0) {
                return null;
            }
            nanos *= POWERS_OF_TEN[MAX_FRACTION_DIGITS - digits];
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            OffsetDateTime value = OffsetDateTime.of(LocalDate.of(year, month, day),
                    LocalTime.of(hour, minute, second, nanos), offset);
            return UcwaDateTime.ofIso(value, digits, text.charAt(at) == 'Z');
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The ISO text of a date in the common shape (a year of four digits, no seconds in the offset), or
     * {@code null} for the full formatter to write.
     */
    static String formatCommon(OffsetDateTime value, int fractionDigits, boolean zulu) {
        int year = value.getYear();
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (year < 0 || year > MAX_YEAR || offsetSeconds % SECONDS_PER_MINUTE != 0) {
            return null;
        }
        char[] text = new char[DATE_TIME_LENGTH + (fractionDigits > 0 ? fractionDigits + 1 : 0) + OFFSET_LENGTH];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, value.getHour(), 2);
        text[13] = ':';
        digits(text, 14, value.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, value.getSecond(), 2);
        int at = DATE_TIME_LENGTH;
        if (fractionDigits > 0) {
            text[at++] = '.';
            digits(text, at, value.getNano() / POWERS_OF_TEN[MAX_FRACTION_DIGITS - fractionDigits], fractionDigits);
            at += fractionDigits;
        }
        if (offsetSeconds == 0 && zulu) {
            text[at++] = 'Z';
            return new String(text, 0, at);
        }
        int minutes = Math.abs(offsetSeconds) / SECONDS_PER_MINUTE;
        text[at] = offsetSeconds < 0 ? '-' : '+';
        digits(text, at + 1, minutes / SECONDS_PER_MINUTE, 2);
        text[at + 3] = ':';
        digits(text, at + 4, minutes % SECONDS_PER_MINUTE, 2);
        return new String(text, 0, at + OFFSET_LENGTH);
    }

    private static boolean separators(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** {@code Z} or {@code ±HH:MM} ending the text at {@code at}, or {@code null}. */
    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest < 1) {
            return null;
        }
        char sign = text.charAt(at);
        if (rest == 1 && sign == 'Z') {
            return ZoneOffset.UTC;
        }
        if (rest != OFFSET_LENGTH || sign != '+' && sign != '-' || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = UcwaDateTime.twoDigits(text, at + 1);
        int minutes = UcwaDateTime.twoDigits(text, at + 4);
        if (hours < 0 || minutes < 0) {
            return null;
        }
        try {
            return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                    : ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int fourDigits(String text, int at) {
        int high = UcwaDateTime.twoDigits(text, at);
        int low = UcwaDateTime.twoDigits(text, at + 2);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }

    /** Writes {@code value} as {@code count} decimal digits, zero-padded. */
    private static void digits(char[] text, int at, int value, int count) {
        int rest = value;
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
