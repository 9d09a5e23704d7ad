package io.github.ucwakit.importer.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Describes the {@code data:} URIs a link carries in the samples, as a note for the link's description. */
final class DataUris {

    private DataUris() {}

    /** A note such as "Carried as a data: URI (text/html, base64).", or {@code null} when no href is one. */
    static String note(List<String> hrefs) {
        List<String> kinds = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.toLowerCase(Locale.ROOT).startsWith("data:")) {
                continue;
            }
            String kind = kind(href);
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? null : "Carried as a data: URI (" + String.join("; ", kinds) + ").";
    }

    /** "media type, encoding" of one data URI (RFC 2397: text/plain and URL encoding by default). */
    private static String kind(String href) {
        int comma = href.indexOf(',');
        String header = href.substring("data:".length(), comma < 0 ? href.length() : comma).strip();
        String[] parts = header.split(";");
        String mediaType = parts[0].isEmpty() ? "text/plain" : parts[0].toLowerCase(Locale.ROOT);
        boolean base64 = false;
        for (int i = 1; i < parts.length; i++) {
            base64 |= parts[i].strip().equalsIgnoreCase("base64");
        }
        return mediaType + ", " + (base64 ? "base64" : "URL-encoded");
    }

    /** The description with the note appended. */
    static String append(String description, String note) {
        if (note == null) {
            return description;
        }
        return description == null ? note : description + " " + note;
    }
}
