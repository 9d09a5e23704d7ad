package io.github.ucwakit.benchmarks;

import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.sample.GeneratedBindings;

/**
 * The codec of the sample's generated bindings, named explicitly: this module also has the whole API
 * ({@code ucwa-api}, through the client) on its class path, whose bindings read the same rels, so
 * {@link UcwaCodec#create()} would find two bindings of one rel.
 */
public final class SampleCodec {

    private SampleCodec() {}

    public static UcwaCodec create() {
        return UcwaCodec.of(new GeneratedBindings().bindings());
    }
}
