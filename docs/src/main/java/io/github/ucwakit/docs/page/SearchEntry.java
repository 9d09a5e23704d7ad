package io.github.ucwakit.docs.page;

/**
 * One thing the site's search box finds: a resource, enumeration, property, link or enumeration value.
 *
 * @param name what is searched for, as the descriptor names it
 * @param kind what it is, said for the reader ({@code property of conversation})
 * @param page the page that describes it
 * @param section the id of the section of that page, empty for the top of the page
 * @param java the Java name to call for it, empty when there is none
 */
public record SearchEntry(String name, String kind, PageId page, String section, String java) {}
