/**
 * Baseline (a) of the XML benchmarks: plain JAXB classes of the UCWA envelope ({@code <resource>}, {@code <link>},
 * {@code <property>}, {@code <propertyList>}) and of the event channel ({@code <events>}, {@code <sender>}, one
 * element per event type). They stand in for the runtime's own envelope until it lands.
 */
@XmlSchema(
        namespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa",
        elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = "http://schemas.microsoft.com/rtc/2012/03/ucwa"))
package io.github.ucwakit.benchmarks.xml.jaxb;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
