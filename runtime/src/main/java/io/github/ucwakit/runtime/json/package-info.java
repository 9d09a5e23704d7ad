/**
 * JSON over Jackson streaming: a {@link io.github.ucwakit.runtime.ResourceReader} on a {@code JsonParser}, a
 * {@link io.github.ucwakit.runtime.ResourceWriter} on a {@code JsonGenerator}, and whole documents in
 * {@link io.github.ucwakit.runtime.json.JsonFormat}, whose parsers enforce the
 * {@link io.github.ucwakit.runtime.ReadLimits} as Jackson stream constraints. No tree is built on the read or write
 * path. Errors are located by JSON path, such as {@code $._embedded.participant[1].name}.
 */
package io.github.ucwakit.runtime.json;
