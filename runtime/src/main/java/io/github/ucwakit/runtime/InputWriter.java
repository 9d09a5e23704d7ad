package io.github.ucwakit.runtime;

import java.util.List;

/**
 * Writes the parameters of a request body: members of a JSON object, or {@code <property name>} and
 * {@code <propertyList name>} elements of an XML {@code <input>}; a link parameter (descriptor type {@code link},
 * such as a {@code data:} URI carrying an SDP offer) under {@code _links}, or as a {@code <link>}. A {@code null}
 * value writes nothing; an empty list is written as an empty list.
 */
public interface InputWriter {

    void stringParameter(String name, String value);

    void intParameter(String name, Integer value);

    void longParameter(String name, Long value);

    void booleanParameter(String name, Boolean value);

    void dateParameter(String name, UcwaDateTime value);

    void stringListParameter(String name, List<String> values);

    void intListParameter(String name, List<Integer> values);

    void longListParameter(String name, List<Long> values);

    void booleanListParameter(String name, List<Boolean> values);

    void dateListParameter(String name, List<UcwaDateTime> values);

    /** A link parameter, written under the parameter's name as its rel. */
    void linkParameter(String name, Link link);
}
