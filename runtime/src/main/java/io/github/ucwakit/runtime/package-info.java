/**
 * What generated UCWA bindings are written against: the format-neutral
 * {@link io.github.ucwakit.runtime.ResourceReader} and {@link io.github.ucwakit.runtime.ResourceWriter}, the
 * binding contracts ({@link io.github.ucwakit.runtime.ResourceBinding}, {@link io.github.ucwakit.runtime.InputBinding},
 * {@link io.github.ucwakit.runtime.BindingProvider}), and the values they carry ({@link io.github.ucwakit.runtime.Link},
 * {@link io.github.ucwakit.runtime.DataUri}, {@link io.github.ucwakit.runtime.UcwaDateTime},
 * {@link io.github.ucwakit.runtime.OpenEnum}, {@link io.github.ucwakit.runtime.UnknownMembers},
 * {@link io.github.ucwakit.runtime.GenericResource}).
 *
 * <p>This package depends on no other package of the runtime: the formats ({@code json}, {@code xml},
 * {@code xml.envelope}) implement its reader and writer, and the entry points
 * {@link io.github.ucwakit.runtime.codec.UcwaCodec} and {@link io.github.ucwakit.runtime.codec.UcwaJacksonModule}
 * build on both.
 *
 * <p>Reading is hardened against hostile payloads: every failure is a
 * {@link io.github.ucwakit.runtime.UcwaPayloadException} with a kind and a location, DTDs and entities are refused,
 * nothing is fetched, and {@link io.github.ucwakit.runtime.ReadLimits} bound depth and sizes.
 */
package io.github.ucwakit.runtime;
