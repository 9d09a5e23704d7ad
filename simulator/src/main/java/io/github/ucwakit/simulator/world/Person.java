package io.github.ucwakit.simulator.world;

import java.util.Objects;

/**
 * Someone in the directory: the signed-in user or a contact.
 *
 * @param id the identifier in hrefs, the SIP address without {@code sip:} ({@code bob@contoso.com})
 * @param name the display name
 * @param title the job title
 * @param department the department
 * @param office the office location
 * @param workPhone the work phone number, a {@code tel:} URI
 * @param availability the presence availability ({@code Online}, {@code Away}, ...)
 */
public record Person(String id, String name, String title, String department, String office, String workPhone,
        String availability) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(workPhone, "workPhone");
        Objects.requireNonNull(availability, "availability");
    }

    /** The SIP URI, {@code sip:bob@contoso.com}. */
    public String uri() {
        return "sip:" + id;
    }

    /** The e-mail address, the same as the sign-in address. */
    public String email() {
        return id;
    }

    /** The identifier of a SIP URI or sign-in address: without {@code sip:}, lower case. */
    public static String idOf(String address) {
        String trimmed = address.trim();
        String id = trimmed.regionMatches(true, 0, "sip:", 0, 4) ? trimmed.substring(4) : trimmed;
        return id.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
