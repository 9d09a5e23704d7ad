package io.github.ucwakit.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * Every resource and enumeration of one generation run, each list sorted by name.
 * References between nodes (a property's enumeration, a link's target) are looked up by name here.
 */
public record ApiModel(List<Resource> resources, List<Enumeration> enumerations) {

    public ApiModel {
        resources = List.copyOf(resources);
        enumerations = List.copyOf(enumerations);
    }

    public Optional<Resource> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<Enumeration> enumeration(String name) {
        return enumerations.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
