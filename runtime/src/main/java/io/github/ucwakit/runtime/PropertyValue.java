package io.github.ucwakit.runtime;

import java.util.List;
import java.util.Map;

/**
 * A property value kept as it was read, for properties the descriptor does not describe. Written back to the same
 * format it is unchanged; written to the other format it keeps what that format can carry (XML has only text).
 */
public sealed interface PropertyValue {

    /** A string (JSON) or the text of an XML {@code <property>}. */
    record Text(String value) implements PropertyValue {}

    /** A JSON number, kept in its lexical form. */
    record Number(String lexical) implements PropertyValue {}

    /** A JSON boolean. */
    record Bool(boolean value) implements PropertyValue {}

    /** JSON {@code null}. */
    record Null() implements PropertyValue {}

    /** A JSON array or an XML {@code <propertyList>}. */
    record ListValue(List<PropertyValue> items) implements PropertyValue {
        public ListValue {
            items = List.copyOf(items);
        }
    }

    /** A JSON object, its members in document order. */
    record ObjectValue(Map<String, PropertyValue> members) implements PropertyValue {
        public ObjectValue {
            members = NameMap.copyOf(members).frozen();
        }
    }
}
