/**
 * What generated UCWA bindings depend on: the format-neutral {@link io.github.ucwakit.runtime.ResourceReader} and
 * {@link io.github.ucwakit.runtime.ResourceWriter}, the values they carry ({@link io.github.ucwakit.runtime.Link},
 * {@link io.github.ucwakit.runtime.UcwaDateTime}, {@link io.github.ucwakit.runtime.UnknownMembers},
 * {@link io.github.ucwakit.runtime.GenericResource}), and the entry points {@link io.github.ucwakit.runtime.UcwaCodec}
 * and {@link io.github.ucwakit.runtime.UcwaJacksonModule}.
 */
package io.github.ucwakit.runtime;
