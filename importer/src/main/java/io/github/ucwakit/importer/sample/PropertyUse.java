package io.github.ucwakit.importer.sample;

import java.util.List;

/**
 * A property as one sample shows it.
 *
 * @param list whether the sample shows a list (JSON array, XML {@code propertyList})
 * @param values the value, or the list's items
 */
public record PropertyUse(String name, boolean list, List<Scalar> values, SampleFormat format, String file, int line) {

    public PropertyUse {
        values = List.copyOf(values);
    }
}
