package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.EnumPlan;
import io.github.ucwakit.generator.naming.LinksPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Picks the emitters for each construct of a naming plan: a class and a binding per resource, a class per
 * enumeration, the typed links class of each resource, the events, errors and operations classes and the request-body classes (with their bindings) of
 * each resource, and the binding provider with its services entry once. Emitters keep no state between files, so
 * the files are emitted in parallel and collected in plan order.
 */
public final class CodeEmitter {

    /** Emits every file of {@code plan}, in plan order. */
    public EmittedCode emit(NamingPlan plan) {
        List<Emitter<ResourcePlan>> resourceEmitters = List.of(new ResourceClassEmitter(plan), new BindingEmitter(plan));
        Emitter<EnumPlan> enumEmitter = new EnumEmitter();
        List<Emitter<CatalogPlan>> catalogEmitters = List.of(new EventCatalogEmitter(),
                new OperationEmitter(plan), new InputClassEmitter(plan), new InputBindingEmitter(plan));
        ProviderEmitter provider = new ProviderEmitter();

        // Each construct's files are independent of the others': emitted on every core, kept in plan order.
        List<Supplier<List<JavaFile>>> tasks = new ArrayList<>();
        for (ResourcePlan resource : plan.resources()) {
            resourceEmitters.forEach(emitter -> tasks.add(() -> emitter.emit(resource)));
        }
        plan.enumerations().forEach(enumeration -> tasks.add(() -> enumEmitter.emit(enumeration)));
        Emitter<LinksPlan> linksEmitter = new LinksEmitter();
        plan.links().forEach(links -> tasks.add(() -> linksEmitter.emit(links)));
        for (CatalogPlan catalog : plan.catalogs()) {
            catalogEmitters.forEach(emitter -> tasks.add(() -> emitter.emit(catalog)));
        }
        List<JavaFile> sources = new ArrayList<>(tasks.parallelStream().flatMap(task -> task.get().stream()).toList());
        sources.addAll(new ErrorEntriesEmitter().emit(plan));
        sources.addAll(provider.emit(plan));
        return new EmittedCode(sources,
                List.of(new ResourceFile(ProviderEmitter.SERVICES_FILE, provider.servicesFile(plan))));
    }
}
