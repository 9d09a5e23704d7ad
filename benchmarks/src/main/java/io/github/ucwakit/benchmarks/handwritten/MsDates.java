package io.github.ucwakit.benchmarks.handwritten;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** UCWA's JSON dates, {@code /Date(ms)/} or {@code /Date(ms+hhmm)/}, to and from {@link OffsetDateTime}. */
public final class MsDates {

    private static final String PREFIX = "/Date(";
    private static final String SUFFIX = ")/";

    private MsDates() {}

    public static OffsetDateTime parse(String text) {
        if (!text.startsWith(PREFIX) || !text.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("not a /Date(ms)/ value: " + text);
        }
        int end = text.length() - SUFFIX.length();
        int sign = Math.max(text.indexOf('+', PREFIX.length()), text.indexOf('-', PREFIX.length() + 1));
        long millis = Long.parseLong(text, PREFIX.length(), sign < 0 ? end : sign, 10);
        ZoneOffset offset = ZoneOffset.UTC;
        if (sign >= 0) {
            int hhmm = Integer.parseInt(text, sign + 1, end, 10);
            int seconds = (hhmm / 100 * 60 + hhmm % 100) * 60;
            offset = ZoneOffset.ofTotalSeconds(text.charAt(sign) == '-' ? -seconds : seconds);
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), offset);
    }

    /** The JSON form; the offset is written only when it is not UTC. */
    public static String format(OffsetDateTime value) {
        StringBuilder text = new StringBuilder(32).append(PREFIX).append(value.toInstant().toEpochMilli());
        int seconds = value.getOffset().getTotalSeconds();
        if (seconds != 0) {
            int minutes = Math.abs(seconds) / 60;
            text.append(seconds < 0 ? '-' : '+')
                    .append((char) ('0' + minutes / 600))
                    .append((char) ('0' + minutes / 60 % 10))
                    .append((char) ('0' + minutes % 60 / 10))
                    .append((char) ('0' + minutes % 10));
        }
        return text.append(SUFFIX).toString();
    }
}
