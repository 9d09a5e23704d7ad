/**
 * UCWA batches: several requests in one round trip, as a {@code multipart/batching} body of
 * {@code application/http} parts. {@link io.github.ucwakit.runtime.batch.BatchRequest} writes requests into such a
 * body (for a client) and parses one back (for a server); {@link io.github.ucwakit.runtime.batch.BatchResponse} does
 * the same for the response, whose {@link io.github.ucwakit.runtime.batch.ResponsePart parts} answer the requests in
 * their order. Parsing is linear in the input, held to {@link io.github.ucwakit.runtime.batch.BatchLimits}, and
 * fails only with a {@link io.github.ucwakit.runtime.UcwaPayloadException} naming the part and line.
 */
package io.github.ucwakit.runtime.batch;
