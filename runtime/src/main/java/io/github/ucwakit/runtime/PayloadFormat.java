package io.github.ucwakit.runtime;

/** The two wire formats of UCWA. */
public enum PayloadFormat {
    /** {@code application/json}: properties, {@code _links}, {@code _embedded}, dates as {@code /Date(ms)/}. */
    JSON,
    /** {@code application/xml}: {@code <resource>}, {@code <link>}, {@code <property>}, ISO-8601 dates. */
    XML
}
