package io.github.ucwakit.docs.page;

/** What a page documents. */
public enum PageKind {
    INDEX,
    RESOURCE,
    ENUMERATION
}
