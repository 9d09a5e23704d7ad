package io.github.ucwakit.importer.page;

import java.util.List;

/**
 * The sections a reference page is made of, each with the heading texts that name it and the heading level the
 * reference normally gives it.
 */
public enum SectionKind {
    WEB_LINK(2, "Web Link"),
    RESOURCE_DESCRIPTION(2, "Resource description"),
    PROPERTIES(3, "Properties"),
    LINKS(3, "Links"),
    SCOPES(3, "Azure Active Directory scopes for online applications"),
    MEMBERS(2, "Members"),
    EVENTS(2, "Events"),
    EVENT_TYPE(3, "Added", "Updated", "Deleted", "Started", "Completed"),
    OPERATIONS(2, "Operations"),
    METHOD(3, "GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "HEAD"),
    QUERY_PARAMETERS(4, "Query parameters"),
    REQUEST_BODY(4, "Request body"),
    RESPONSE_BODY(4, "Response body"),
    SYNCHRONOUS_ERRORS(4, "Synchronous errors"),
    EXAMPLES(4, "Examples"),
    JSON_REQUEST(4, "JSON Request"),
    JSON_RESPONSE(4, "JSON Response"),
    XML_REQUEST(4, "XML Request"),
    XML_RESPONSE(4, "XML Response");

    private final int level;
    private final List<String> names;

    SectionKind(int level, String... names) {
        this.level = level;
        this.names = List.of(names);
    }

    /** The heading level the reference uses for this section. */
    public int level() {
        return level;
    }

    /** The heading texts that name this section, as the reference spells them. */
    public List<String> names() {
        return names;
    }

    /** Whether a misspelt heading may be read as this section (never for short method names). */
    boolean acceptsMisspelling() {
        return this != METHOD;
    }

    /** Whether this section holds a sample payload. */
    public boolean isSample() {
        return this == JSON_REQUEST || this == JSON_RESPONSE || this == XML_REQUEST || this == XML_RESPONSE;
    }
}
