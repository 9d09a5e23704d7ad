/**
 * XML over StAX: a {@link io.github.ucwakit.runtime.ResourceReader} on an {@code XMLStreamReader}, a
 * {@link io.github.ucwakit.runtime.ResourceWriter} on an {@code XMLStreamWriter}, and whole documents in
 * {@link io.github.ucwakit.runtime.xml.XmlFormat}. Documents are opened by
 * {@link io.github.ucwakit.runtime.xml.XmlInputs}: the JDK's parser with DTDs and external entities off, a DOCTYPE
 * refused before anything in it is resolved, and every event checked against the
 * {@link io.github.ucwakit.runtime.ReadLimits} by a {@link io.github.ucwakit.runtime.xml.LimitedXmlStreamReader}.
 * Errors are located by StAX's line and column (see {@link io.github.ucwakit.runtime.xml.XmlErrors}).
 */
package io.github.ucwakit.runtime.xml;
