package io.github.ucwakit.conformance.mutation;

/** The ways a page is mutated: the irregularities a new copy of the reference may hold. */
enum MutationKind {
    DUPLICATE_ROW,
    SAME_PAGE_TWICE,
    DELETE_SECTION,
    RENAME_HEADING,
    MISSPELL_HEADING,
    REORDER_SECTIONS,
    LINK_TARGET_CASE,
    BROKEN_ROW,
    TRUNCATE_SAMPLE,
    CORRUPT_SAMPLE,
    HTML_ENTITIES,
    STRAY_FENCE,
    MISSING_FENCE,
    RESERVED_PROPERTY_NAME
}
