package io.github.ucwakit.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.ucwakit.schema.model.Resource;
import java.util.List;

/**
 * The Java names of a resource's typed links: the class {@code <Resource>Links} and one constant per link, the self
 * link first ({@code SELF}), then the others in descriptor order.
 *
 * @param className the class of the constants, for example {@code ConversationLinks}
 * @param sourceType the generated class of the resource that carries the links
 */
public record LinksPlan(Resource resource, ClassName className, ClassName sourceType, List<LinkConstant> constants) {

    public LinksPlan {
        constants = List.copyOf(constants);
    }

    /**
     * One typed link.
     *
     * @param rel the link's rel on the wire
     * @param constant the constant, the link accessor in UPPER_SNAKE without {@code Link}: {@code PARTICIPANTS}
     * @param accessor the accessor of the resource class that reads the link: {@code participantsLink},
     *     {@code self}
     * @param array whether the rel is an array of links
     * @param targetRel the rel of the resource the link points at, as the descriptor declares it
     * @param targetType the generated class of that resource, or {@code GenericResource} when no descriptor
     *     describes it
     * @param description the link's description; may be {@code null}
     */
    public record LinkConstant(String rel, String constant, String accessor, boolean array, String targetRel,
            ClassName targetType, String description) {}
}
