package io.github.ucwakit.runtime;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.util.Set;

/**
 * The one rule for the names of members that neither format fixes: unknown properties of resources and request
 * bodies, unknown members of event-channel responses, senders, events and error bodies, and event types. Every
 * reader refuses a name that breaks it and every writer refuses to write one, in JSON as in XML, so that whatever
 * one format reads the other can write, and nothing written can forge a member the format defines.
 *
 * <p>A name breaks the rule when it is one the format itself gives that object in either format ({@code _links},
 * {@code rel}, {@code href}, {@code link}...), or, where XML writes it as an element or attribute name (every owner
 * but {@link Owner#RESOURCE}, whose properties carry their names in a {@code name} attribute's value), when it is
 * not an {@link #isXmlName XML name} of ASCII characters or begins with {@code xml} in any case (names XML
 * reserves, {@code xmlns} among them). Such a name is refused with {@link Kind#INVALID_VALUE} at the place it came from; nothing is renamed.
 */
public final class WireNames {

    /** The objects whose members the rule names, each with the names its formats define. */
    public enum Owner {
        /**
         * A resource or request body: its property names, in JSON members, in XML {@code name} attributes. A
         * property named {@code rel}, which UCWA's XML gives as a copy of the resource's rel, is allowed: JSON
         * writes the resource's rel in its place.
         */
        RESOURCE("a property", false, "_links", "_embedded"),
        /** The root of an event-channel response: JSON members, XML attributes of {@code <events>}. */
        RESPONSE("a member of an event-channel response", true, "_links", "sender", "href"),
        /** A sender of an event-channel response: JSON members, XML attributes of {@code <sender>}. */
        SENDER("a member of a sender", true, "rel", "href", "title", "events"),
        /** An event: JSON members, XML attributes of the event's element. */
        EVENT("a member of an event", true, "link", "in", "type", "status", "reason", "_embedded", "rel", "href",
                "title"),
        /** An error body: JSON members, XML child elements of {@code <reason>}. */
        ERROR("a member of an error", true, "code", "subcode", "message", "link", "parameters", "debugInfo"),
        /** An event's type: the JSON {@code type}, the XML element name of the event. */
        EVENT_TYPE("an event type", true);

        private final String what;
        private final boolean xmlName;
        private final Set<String> defined;

        Owner(String what, boolean xmlName, String... defined) {
            this.what = what;
            this.xmlName = xmlName;
            this.defined = Set.of(defined);
        }

        /** The names the formats define for this object, which an unknown member cannot have. */
        public Set<String> defined() {
            return defined;
        }

        /** Whether XML writes the name as an element or attribute name. */
        public boolean xmlName() {
            return xmlName;
        }
    }

    private WireNames() {}

    /**
     * Why {@code name} cannot be the name of an unknown member of {@code owner}, or {@code null} when it can.
     */
    public static String problem(Owner owner, String name) {
        if (owner.defined.contains(name)) {
            return "'" + name + "' is a name the format itself uses, which " + owner.what + " cannot take";
        }
        if (owner.xmlName) {
            if (!isXmlName(name)) {
                return UcwaPayloadException.quote(name) + " is not an XML name, which " + owner.what
                        + " needs to be written in XML";
            }
            if (name.regionMatches(true, 0, "xml", 0, 3)) {
                return UcwaPayloadException.quote(name) + " begins with 'xml', which XML reserves";
            }
        }
        return null;
    }

    /** Whether {@code name} can be the name of an unknown member of {@code owner}. */
    public static boolean allowed(Owner owner, String name) {
        return problem(owner, name) == null;
    }

    /**
     * Refuses a name that breaks the rule with {@link Kind#INVALID_VALUE} at {@code location}.
     *
     * @return the name
     */
    public static String check(Owner owner, String name, String location) {
        if (!allowed(owner, name)) {
            throw refusal(owner, name, location);
        }
        return name;
    }

    /**
     * The {@link Kind#INVALID_VALUE} refusal of a name that breaks the rule, for a writer or reader on a hot path
     * that asks {@link #allowed} first and builds the location only for a name it refuses.
     */
    public static UcwaPayloadException refusal(Owner owner, String name, String location) {
        String problem = problem(owner, name);
        return new UcwaPayloadException(Kind.INVALID_VALUE,
                problem == null ? UcwaPayloadException.quote(name) + " was refused" : problem, location);
    }

    /**
     * Whether {@code name} can be written as an XML element or attribute name by this library: ASCII letters,
     * digits, {@code _}, {@code -} and {@code .}, beginning with a letter or {@code _}. That is a name in every
     * edition of XML 1.0 and of Namespaces in XML (no colon), so every parser reads it back; the JDK's parser, for
     * one, follows the rules of the fourth edition, which refuse characters beyond the BMP in names that the fifth
     * allows.
     */
    public static boolean isXmlName(String name) {
        if (name.isEmpty() || !isNameStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNameStart(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
