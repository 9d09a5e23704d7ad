package io.github.ucwakit.benchmarks.handwritten;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** UCWA's XML dates: ISO-8601 with an offset, written with as many fractional digits as the value needs. */
public final class XmlDates {

    private XmlDates() {}

    public static OffsetDateTime parse(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String format(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
}
