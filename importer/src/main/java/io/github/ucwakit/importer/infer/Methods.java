package io.github.ucwakit.importer.infer;

import java.util.Set;

/** The HTTP methods a descriptor can describe. */
public final class Methods {

    public static final Set<String> DESCRIBABLE = Set.of("GET", "POST", "PUT", "DELETE");

    private Methods() {}

    public static boolean isDescribable(String method) {
        return DESCRIBABLE.contains(method);
    }
}
