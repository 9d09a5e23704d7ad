package io.github.ucwakit.docs.example;

import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import java.time.OffsetDateTime;

/**
 * The placeholder values of example payloads: {@code "string"}, 0, {@code false}, one fixed date, and an
 * enumeration's first member.
 */
final class Placeholders {

    static final String STRING = "string";
    static final int INT = 0;
    static final long LONG = 0L;
    static final boolean BOOLEAN = false;
    static final String DATE = "2016-09-26T16:20:24.822Z";
    static final String HREF_ROOT = "/ucwa/v1/";

    private Placeholders() {}

    static UcwaDateTime date() {
        return UcwaDateTime.of(OffsetDateTime.parse(DATE));
    }

    /** The enumeration's first member, or {@link #STRING} when the model has no such enumeration or no member. */
    static String enumValue(ApiModel model, String enumeration) {
        return model.enumeration(enumeration)
                .map(Enumeration::members)
                .filter(members -> !members.isEmpty())
                .map(members -> members.get(0))
                .map(EnumMember::name)
                .orElse(STRING);
    }
}
