package io.github.ucwakit.schema.model;

import io.github.ucwakit.schema.SourceLocation;

/**
 * An event the event channel delivers about a resource.
 *
 * @param type {@code added}, {@code updated} or {@code deleted} (resources); {@code started}, {@code updated},
 *     {@code completed} (operations)
 * @param priority as the reference states it, for example {@code High}
 * @param sender the rel of the resource that sends the event
 */
public record Event(SourceLocation location, String type, String priority, String sender, String description) {}
