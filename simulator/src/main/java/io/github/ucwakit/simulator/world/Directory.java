package io.github.ucwakit.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The people of the world: the signed-in user and the contacts in their contact list, in order. Immutable. */
public final class Directory {

    private final Person me;
    private final List<Person> contacts;

    public Directory(Person me, List<Person> contacts) {
        this.me = Objects.requireNonNull(me, "me");
        this.contacts = List.copyOf(contacts);
    }

    /** The default world: the user {@code userName} and three colleagues at contoso.com. */
    public static Directory standard(String userName) {
        String domain = userName.contains("@") ? userName.substring(userName.indexOf('@') + 1) : "contoso.com";
        Person me = new Person(userName.toLowerCase(Locale.ROOT), displayName(userName), "Developer", "Engineering",
                "Building 1", "tel:+14255550100", "Online");
        List<Person> contacts = new ArrayList<>();
        contacts.add(new Person("bob@" + domain, "Bob Barry", "Program Manager", "Engineering", "Building 2",
                "tel:+14255550101", "Online"));
        contacts.add(new Person("carol@" + domain, "Carol Chen", "Designer", "Design", "Building 3",
                "tel:+14255550102", "Away"));
        contacts.add(new Person("dave@" + domain, "Dave Diaz", "Support Engineer", "Support", "Building 4",
                "tel:+14255550103", "Busy"));
        return new Directory(me, contacts);
    }

    public Person me() {
        return me;
    }

    public List<Person> contacts() {
        return contacts;
    }

    /** The user or a contact by identifier or SIP URI. */
    public Optional<Person> find(String address) {
        String id = Person.idOf(address);
        if (me.id().equals(id)) {
            return Optional.of(me);
        }
        return contacts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A contact (not the user) by identifier or SIP URI. */
    public Optional<Person> contact(String address) {
        String id = Person.idOf(address);
        return contacts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static String displayName(String userName) {
        String local = userName.contains("@") ? userName.substring(0, userName.indexOf('@')) : userName;
        if (local.isEmpty()) {
            return "User";
        }
        return local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1) + " Simulated";
    }
}
