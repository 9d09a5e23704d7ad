package io.github.ucwakit.docs.page;

/** What a page documents. */
public enum PageKind {
    INDEX,
    /** How the toolkit works, told with prose and figures rather than generated from descriptors. */
    GUIDE,
    RESOURCE,
    ENUMERATION
}
