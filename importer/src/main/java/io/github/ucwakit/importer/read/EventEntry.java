package io.github.ucwakit.importer.read;

/**
 * A row of an event table.
 *
 * @param type the event type from the heading above the table, lower case
 * @param resource the resource the row is about (usually the page's own)
 */
public record EventEntry(int line, String type, String resource, String priority, String sender, String description) {}
