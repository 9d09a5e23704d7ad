package io.github.ucwakit.runtime.codec;

import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.UcwaResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The bindings a codec knows, by rel and by class. {@link GenericResource#BINDING} is always known by class and
 * reads every rel no other binding reads. Immutable.
 */
final class BindingRegistry {

    private final Map<String, ResourceBinding<?>> byRel = new LinkedHashMap<>();
    private final Map<Class<?>, ResourceBinding<?>> byType = new LinkedHashMap<>();

    private BindingRegistry(Collection<? extends ResourceBinding<?>> bindings) {
        byType.put(GenericResource.class, GenericResource.BINDING);
        for (ResourceBinding<?> binding : bindings) {
            if (binding == GenericResource.BINDING) {
                continue;
            }
            ResourceBinding<?> known = byRel.putIfAbsent(binding.rel(), binding);
            if (known != null && known.getClass() != binding.getClass()) {
                throw new IllegalArgumentException("two bindings read rel '" + binding.rel() + "': "
                        + known.getClass().getName() + " and " + binding.getClass().getName());
            }
            byType.putIfAbsent(binding.type(), binding);
        }
    }

    static BindingRegistry of(Collection<? extends ResourceBinding<?>> bindings) {
        return new BindingRegistry(List.copyOf(bindings));
    }

    /**
     * The bindings of every {@link BindingProvider} found by {@link ServiceLoader}, first through the thread's
     * context class loader, then through the runtime's own.
     */
    static BindingRegistry discover() {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(BindingRegistry.class.getClassLoader());
        Set<String> providers = new HashSet<>();
        List<ResourceBinding<?>> bindings = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            for (BindingProvider provider : ServiceLoader.load(BindingProvider.class, loader)) {
                if (providers.add(provider.getClass().getName())) {
                    bindings.addAll(provider.bindings());
                }
            }
        }
        return new BindingRegistry(bindings);
    }

    /** Every binding but the generic one, in registration order. */
    Collection<ResourceBinding<?>> bindings() {
        return List.copyOf(byRel.values());
    }

    /** The binding of a rel, or {@link GenericResource#BINDING} when none reads it. */
    ResourceBinding<?> forRel(String rel) {
        return byRel.getOrDefault(rel, GenericResource.BINDING);
    }

    /** The binding producing a class. */
    @SuppressWarnings("unchecked")
    <T extends UcwaResource> ResourceBinding<T> forType(Class<T> type) {
        ResourceBinding<?> binding = byType.get(type);
        if (binding == null) {
            throw new IllegalArgumentException("no binding produces " + type.getName()
                    + "; known rels: " + byRel.keySet());
        }
        return (ResourceBinding<T>) binding;
    }

    /** The binding that writes a resource: the one of its class, or else of its rel if that one accepts it. */
    @SuppressWarnings("unchecked")
    <T extends UcwaResource> ResourceBinding<T> forWriting(T resource) {
        ResourceBinding<?> binding = byType.get(resource.getClass());
        if (binding == null) {
            binding = byRel.get(resource.rel());
            if (binding == null || !binding.type().isInstance(resource)) {
                throw new IllegalArgumentException("no binding writes " + resource.getClass().getName());
            }
        }
        return (ResourceBinding<T>) binding;
    }
}
