/**
 * XML over StAX: a {@link io.github.ucwakit.runtime.ResourceReader} on an {@code XMLStreamReader}, a
 * {@link io.github.ucwakit.runtime.ResourceWriter} on an {@code XMLStreamWriter}, and whole documents in
 * {@link io.github.ucwakit.runtime.xml.XmlFormat}, whose parser factory refuses DTDs and external entities.
 */
package io.github.ucwakit.runtime.xml;
