/**
 * Writing output files safely: {@link io.github.ucwakit.schema.files.AtomicFiles} writes a file only when its bytes
 * change, and never leaves half of one. Shared by every module that writes files (generator, docs, importer).
 */
package io.github.ucwakit.schema.files;
