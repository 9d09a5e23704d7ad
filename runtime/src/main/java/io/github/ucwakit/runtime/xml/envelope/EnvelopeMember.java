package io.github.ucwakit.runtime.xml.envelope;

/** A child of {@code <resource>} in an {@link XmlResourceEnvelope}. */
public sealed interface EnvelopeMember permits EnvelopeLink, EnvelopeProperty, EnvelopePropertyList,
        XmlResourceEnvelope {}
