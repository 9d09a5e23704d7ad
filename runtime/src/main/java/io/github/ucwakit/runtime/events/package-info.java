/**
 * The event channel: {@link io.github.ucwakit.runtime.events.EventChannelCodec} reads and writes the responses to
 * pending GETs in JSON and XML into one {@link io.github.ucwakit.runtime.events.EventChannelResponse} of senders
 * and {@link io.github.ucwakit.runtime.events.Event}s, embedded resources read into their generated classes;
 * {@link io.github.ucwakit.runtime.events.EventCatalog} (generated per resource) tells what an event is.
 */
package io.github.ucwakit.runtime.events;
