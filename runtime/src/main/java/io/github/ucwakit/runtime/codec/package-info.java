/**
 * The entry points that read and write resources: {@link io.github.ucwakit.runtime.codec.UcwaCodec}, which picks a
 * binding by rel or class and runs it over the JSON or XML format, and
 * {@link io.github.ucwakit.runtime.codec.UcwaJacksonModule}, which plugs the same bindings into an application's
 * own Jackson {@code ObjectMapper}. Bindings are found with {@link java.util.ServiceLoader} through
 * {@link io.github.ucwakit.runtime.BindingProvider}.
 */
package io.github.ucwakit.runtime.codec;
