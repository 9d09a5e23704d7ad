package com.example.both;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.example.contacts.Availability;
import com.example.contacts.Contact;
import com.example.rooms.Room;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import org.junit.jupiter.api.Test;

class BothProvidersTest {

    @Test
    void serviceLoaderFindsTheBindingsOfBothExecutions() {
        UcwaCodec codec = UcwaCodec.create();
        Contact contact = assertInstanceOf(Contact.class,
                codec.read("{\"rel\":\"contact\",\"name\":\"Ann\",\"availability\":\"Online\"}", PayloadFormat.JSON));
        assertEquals(Availability.ONLINE, contact.availability());
        Room room = assertInstanceOf(Room.class,
                codec.read("{\"rel\":\"room\",\"capacity\":12}", PayloadFormat.JSON));
        assertEquals(12, room.capacity());
    }
}
