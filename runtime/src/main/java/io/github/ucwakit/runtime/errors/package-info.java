/**
 * UCWA error bodies and error tables: {@link io.github.ucwakit.runtime.errors.ErrorBodies} reads and writes the
 * JSON error object and the XML {@code <reason>} element as a {@link io.github.ucwakit.runtime.errors.UcwaError},
 * which keeps codes and subcodes it does not know; {@link io.github.ucwakit.runtime.errors.ErrorCatalog} (generated
 * per operation) and {@link io.github.ucwakit.runtime.errors.GenericErrors} (shared by all) find the row an error
 * is.
 */
package io.github.ucwakit.runtime.errors;
