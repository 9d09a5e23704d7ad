package io.github.ucwakit.runtime;

import java.util.List;

/**
 * Supplies the bindings of one generated package. Generated code registers an implementation with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.github.ucwakit.runtime.BindingProvider}).
 */
public interface BindingProvider {

    List<ResourceBinding<?>> bindings();

    /** The bindings of the generated request-input classes; none unless the provider lists them. */
    default List<InputBinding<?>> inputBindings() {
        return List.of();
    }
}
