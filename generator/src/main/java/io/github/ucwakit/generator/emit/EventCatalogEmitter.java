package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.EventPlan;
import io.github.ucwakit.runtime.events.EventPriority;
import io.github.ucwakit.runtime.events.EventType;
import java.util.List;
import java.util.Locale;

/**
 * Emits {@code <Resource>Events}: one {@code EventDescription} constant per documented event (type, priority,
 * sender, description) and {@code CATALOG} holding them all, to tell what an event read from the channel is. The
 * constants carry no Javadoc: their initializers already say all of it.
 */
final class EventCatalogEmitter implements Emitter<CatalogPlan> {

    @Override
    public List<JavaFile> emit(CatalogPlan plan) {
        if (plan.eventsClass() == null) {
            return List.of();
        }
        String resource = plan.resource().name();
        TypeSpec.Builder spec = CatalogClasses.constantsClass(plan.eventsClass())
                .addJavadoc(Docs.javadoc("The events the event channel delivers about " + Docs.code(resource)
                        + " resources, as its descriptor documents them. {@link #CATALOG} finds the description of an"
                        + " event read from the channel."));
        for (EventPlan event : plan.events()) {
            spec.addField(CatalogClasses.constant(RuntimeTypes.EVENT_DESCRIPTION, event.constant())
                    .initializer("$T.of($S, $L, $L, $S,\n$>$>$S$<$<)", RuntimeTypes.EVENT_DESCRIPTION, resource,
                            type(event.event().type()), priority(event.event().priority()), event.event().sender(),
                            event.event().description())
                    .build());
        }
        spec.addField(CatalogClasses.constant(RuntimeTypes.EVENT_CATALOG, "CATALOG")
                .addJavadoc("Every event above, in descriptor order.\n")
                .initializer("$T.of($L)", RuntimeTypes.EVENT_CATALOG, plan.events().stream()
                        .map(e -> CodeBlock.of("$N", e.constant())).collect(CodeBlock.joining(", ")))
                .build());
        return List.of(FileHeader.javaFile(plan.eventsClass().packageName(), spec.build(),
                List.of(plan.resource().sourceFile())));
    }


    private static CodeBlock type(String type) {
        return EventType.of(type).isKnown()
                ? CodeBlock.of("$T.$N", RuntimeTypes.EVENT_TYPE, type.toUpperCase(Locale.ROOT))
                : CodeBlock.of("$T.of($S)", RuntimeTypes.EVENT_TYPE, type);
    }

    private static CodeBlock priority(String priority) {
        if (priority == null) {
            return CodeBlock.of("null");
        }
        return EventPriority.of(priority).isKnown()
                ? CodeBlock.of("$T.$N", RuntimeTypes.EVENT_PRIORITY, priority.toUpperCase(Locale.ROOT))
                : CodeBlock.of("$T.of($S)", RuntimeTypes.EVENT_PRIORITY, priority);
    }
}
