package io.github.ucwakit.schema.resolve;

import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EnumerationElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.MemberElement;
import io.github.ucwakit.schema.parse.TypeParser;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the model from descriptors that validated without error: resources and enumerations sorted by name,
 * members in descriptor order, absent descriptions as empty strings.
 */
public final class ModelResolver {

    /**
     * @throws IllegalStateException when the descriptors were not validated first (a required value is missing or
     *     a type does not parse)
     */
    public ApiModel resolve(DescriptorSet descriptors) {
        TypeParser types = new TypeParser(
                descriptors.enumerations().stream().map(e -> required(e.name())).toList());
        ResourceResolver resources = new ResourceResolver(types);
        return new ApiModel(
                descriptors.resources().stream()
                        .map(resources::resolve)
                        .sorted(Comparator.comparing(Resource::name))
                        .toList(),
                descriptors.enumerations().stream()
                        .map(ModelResolver::enumeration)
                        .sorted(Comparator.comparing(Enumeration::name))
                        .toList());
    }

    private static Enumeration enumeration(EnumerationElement element) {
        return new Enumeration(element.location(), element.sourceFile(), required(element.name()),
                text(element.description()), element.members().stream().map(ModelResolver::member).toList());
    }

    private static EnumMember member(MemberElement element) {
        return new EnumMember(element.location(), required(element.name()), text(element.description()),
                optional(element.javaName()));
    }

    static String text(Located<String> description) {
        return Located.valueOr(description, "");
    }

    static String optional(Located<String> value) {
        return Located.valueOr(value, null);
    }

    static <T> T required(Located<T> value) {
        if (value == null) {
            throw new IllegalStateException("resolving descriptors that did not validate");
        }
        return value.value();
    }
}
