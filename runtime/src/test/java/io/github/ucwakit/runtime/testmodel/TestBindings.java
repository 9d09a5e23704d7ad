package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.ResourceBinding;
import java.util.List;

/** The test bindings, registered for {@link java.util.ServiceLoader} like a generated package. */
public final class TestBindings implements BindingProvider {

    @Override
    public List<ResourceBinding<?>> bindings() {
        return List.of(TestConversationBinding.INSTANCE, TestParticipantBinding.INSTANCE);
    }
}
