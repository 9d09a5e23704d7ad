/**
 * JSON over Jackson streaming: a {@link io.github.ucwakit.runtime.ResourceReader} on a {@code JsonParser}, a
 * {@link io.github.ucwakit.runtime.ResourceWriter} on a {@code JsonGenerator}, and whole documents in
 * {@link io.github.ucwakit.runtime.json.JsonFormat}. No tree is built on the read or write path.
 */
package io.github.ucwakit.runtime.json;
