/**
 * A Jakarta XML Binding view of UCWA's XML format, for applications that work with JAXB: {@link
 * io.github.ucwakit.runtime.xml.envelope.XmlResourceEnvelope} maps {@code <resource>} with its links, properties,
 * property lists and nested resources in document order; {@link
 * io.github.ucwakit.runtime.xml.envelope.EnvelopeResourceReader} and {@link
 * io.github.ucwakit.runtime.xml.envelope.EnvelopeResourceWriter} let any binding convert a resource from and to an
 * envelope.
 */
@XmlSchema(namespace = XmlNames.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = XmlNames.NAMESPACE))
package io.github.ucwakit.runtime.xml.envelope;

import io.github.ucwakit.runtime.xml.XmlNames;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
