/**
 * Operations and requests: {@link io.github.ucwakit.runtime.operations.OperationDescription} (generated per
 * resource and method) says how an operation is called and what it returns, and builds a
 * {@link io.github.ucwakit.runtime.operations.UcwaRequest} (method, href, headers, body; no HTTP client) from a link
 * and a generated {@link io.github.ucwakit.runtime.RequestInput}, or from a whole resource for a PUT
 * with its ETag as {@code If-Match}. {@link io.github.ucwakit.runtime.operations.RequestBodies} writes inputs as
 * JSON objects or XML {@code <input>} documents, and reads such a body back into its input class with the class's
 * generated {@link io.github.ucwakit.runtime.InputBinding}.
 */
package io.github.ucwakit.runtime.operations;
