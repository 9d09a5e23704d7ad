package io.github.ucwakit.importer.sample;

/** What one sample tells about how many links or embedded resources a name may hold. */
public enum Cardinality {
    /** A JSON object: a single-valued name. */
    SINGLE,
    /** A JSON array: a collection, even with one element. */
    ARRAY,
    /** Repeated XML elements: a collection. */
    REPEATED,
    /** One XML element: XML cannot tell a single value from a one-element collection. */
    UNKNOWN
}
