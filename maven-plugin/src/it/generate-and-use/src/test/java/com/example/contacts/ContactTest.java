package com.example.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void readsJsonThroughTheRegisteredBinding() {
        String json = "{\"rel\":\"contact\",\"name\":\"Ann\",\"emailAddresses\":[\"ann@example.com\"],"
                + "\"availability\":\"Busy\",\"lastSeen\":\"/Date(1474932024822)/\",\"class\":3,"
                + "\"_links\":{\"self\":{\"href\":\"/contacts/ann\"},\"contactPhoto\":{\"href\":\"/photo\"},"
                + "\"phoneNumbers\":[{\"href\":\"/phones/1\"}]}}";
        UcwaResource resource = codec.read(json, PayloadFormat.JSON);
        Contact contact = (Contact) resource;
        assertEquals("Ann", contact.name());
        assertEquals(List.of("ann@example.com"), contact.emailAddresses());
        assertEquals("Busy", contact.availability().value());
        assertFalse(contact.availability().isKnown());
        assertEquals(1474932024822L, contact.lastSeen().toInstant().toEpochMilli());
        assertEquals(3, contact.classification());
        assertEquals("/photo", contact.contactPhotoLink().orElseThrow().href());
        assertEquals("/phones/1", contact.phoneNumbersLinks().get(0).href());
        assertEquals("/contacts/ann", contact.self().orElseThrow().href());
    }

    @Test
    void writesXmlAndReadsItBack() {
        Contact contact = Contact.builder().name("Ann").availability(Availability.ONLINE).build();
        String xml = codec.writeToString(contact, PayloadFormat.XML);
        assertTrue(xml.contains("<property name=\"availability\">Online</property>"), xml);
        assertEquals(contact, codec.read(xml, PayloadFormat.XML, Contact.class));
    }
}
