package io.github.ucwakit.simulator.resources;

import io.github.ucwakit.api.Availability;
import io.github.ucwakit.api.Contact;
import io.github.ucwakit.api.ContactDeviceType;
import io.github.ucwakit.api.ContactPresence;
import io.github.ucwakit.api.ContactType;
import io.github.ucwakit.api.MyContacts;
import io.github.ucwakit.api.Presence;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.simulator.world.Hrefs;
import io.github.ucwakit.simulator.world.Person;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The representations of the contact list, a contact and presence, shaped like the reference's samples. */
final class PeopleViews {

    private PeopleViews() {}

    static MyContacts myContacts(Hrefs hrefs, List<Person> contacts) {
        MyContacts.Builder builder = MyContacts.builder().self(Link.of("self", hrefs.at("people/contacts")));
        for (Person person : contacts) {
            builder.addContactLink(Link.of("contact", hrefs.contact(person.id()), person.name()));
            builder.addContact(contact(hrefs, person));
        }
        return builder.build();
    }

    static Contact contact(Hrefs hrefs, Person person) {
        String id = person.id();
        return Contact.builder()
                .self(Link.of("self", hrefs.contact(id)))
                .company("Contoso")
                .department(person.department())
                .emailAddresses(List.of(person.email()))
                .homePhoneNumber(person.workPhone().replace("0555", "0556"))
                .mobilePhoneNumber(person.workPhone().replace("0555", "0557"))
                .name(person.name())
                .office(person.office())
                .otherPhoneNumber(person.workPhone().replace("0555", "0558"))
                .sourceNetwork("SameEnterprise")
                .sourceNetworkIconUrl("/images/SameEnterprise.png")
                .title(person.title())
                .type(ContactType.USER)
                .uri(person.uri())
                .workPhoneNumber(person.workPhone())
                .contactLocationLink(Link.of("contactLocation", hrefs.contactPart(id, "location")))
                .contactNoteLink(Link.of("contactNote", hrefs.contactPart(id, "note")))
                .contactPhotoLink(Link.of("contactPhoto", hrefs.photo(id)))
                .contactPresenceLink(Link.of("contactPresence", hrefs.contactPart(id, "presence")))
                .contactPrivacyRelationshipLink(Link.of("contactPrivacyRelationship",
                        hrefs.contactPart(id, "privacyRelationship")))
                .contactSupportedModalitiesLink(Link.of("contactSupportedModalities",
                        hrefs.contactPart(id, "supportedMedia")))
                .build();
    }

    static ContactPresence contactPresence(Hrefs hrefs, Person person, Instant lastActive) {
        return ContactPresence.builder()
                .self(Link.of("self", hrefs.contactPart(person.id(), "presence")))
                .activity(activity(person.availability()))
                .availability(Availability.of(person.availability()))
                .deviceType(ContactDeviceType.PC)
                .lastActive(UcwaDateTime.of(lastActive.atOffset(ZoneOffset.UTC)))
                .build();
    }

    static Presence presence(Hrefs hrefs, Person me) {
        return Presence.builder()
                .self(Link.of("self", hrefs.at("me/presence")))
                .activity(activity(me.availability()))
                .availability(Availability.of(me.availability()))
                .build();
    }

    private static String activity(String availability) {
        return switch (availability) {
            case "Online" -> "Available";
            case "Busy" -> "InACall";
            default -> availability;
        };
    }
}
