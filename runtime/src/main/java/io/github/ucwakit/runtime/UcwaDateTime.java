package io.github.ucwakit.runtime;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A UCWA date: {@code /Date(ms)/} (or {@code /Date(ms+hhmm)/}) in JSON, ISO-8601 with up to seven fractional
 * digits and an offset in XML. Keeps the offset and the number of fractional digits it was read with, so that it
 * is written back exactly.
 */
public final class UcwaDateTime implements Comparable<UcwaDateTime> {

    private UcwaDateTime() {
        throw new UnsupportedOperationException("contract stub, implemented in the runtime");
    }

    public static UcwaDateTime of(OffsetDateTime value) {
        throw new UnsupportedOperationException();
    }

    /** Parses XML's ISO-8601 form, for example {@code 2016-09-26T16:20:24.8356669-07:00}. */
    public static UcwaDateTime parseIso(String text) {
        throw new UnsupportedOperationException();
    }

    /** Parses JSON's form, {@code /Date(1474932024822)/} or {@code /Date(1474932024822+0200)/}. */
    public static UcwaDateTime parseJson(String text) {
        throw new UnsupportedOperationException();
    }

    public OffsetDateTime toOffsetDateTime() {
        throw new UnsupportedOperationException();
    }

    public Instant toInstant() {
        throw new UnsupportedOperationException();
    }

    /** The ISO-8601 form, with the fractional digits it was read with. */
    public String toIsoString() {
        throw new UnsupportedOperationException();
    }

    /** The JSON form, {@code /Date(ms)/}. */
    public String toJsonString() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(UcwaDateTime o) {
        throw new UnsupportedOperationException();
    }
}
