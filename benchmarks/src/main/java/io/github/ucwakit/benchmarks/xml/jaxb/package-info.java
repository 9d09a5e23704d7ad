/**
 * Baseline (a) of the XML benchmarks: plain JAXB into the runtime's envelope classes
 * ({@link io.github.ucwakit.runtime.xml.envelope}), and, for the event channel, which that envelope does not
 * cover, JAXB classes of {@code <events>}, {@code <sender>} and the event elements around it.
 */
@XmlSchema(
        namespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa",
        elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = "http://schemas.microsoft.com/rtc/2012/03/ucwa"))
package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
