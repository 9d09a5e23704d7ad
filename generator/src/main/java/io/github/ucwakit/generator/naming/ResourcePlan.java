package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;

/**
 * The Java names of one resource: its class, its binding and every member, in descriptor order.
 *
 * @param links every link but {@code self}, which every resource has as {@code self()}
 */
public record ResourcePlan(
        Resource resource,
        ClassName className,
        ClassName bindingName,
        List<PropertyPlan> properties,
        List<LinkPlan> links,
        List<EmbeddedPlan> embedded) {

    public ResourcePlan {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        embedded = List.copyOf(embedded);
    }
}
