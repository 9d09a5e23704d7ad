/**
 * Reading descriptor files into a located tree: finding the files, decoding them, parsing YAML or JSON with a
 * streaming parser, and keeping a {@link io.github.ucwakit.schema.SourceLocation} on every node. Every problem
 * becomes a {@link io.github.ucwakit.schema.Diagnostic}; nothing here throws. Internal to the schema module.
 */
package io.github.ucwakit.schema.source;
