/**
 * Operation resources ({@code OperationResource.md}): an invitation started by a POST, followed to its end by
 * {@link io.github.ucwakit.client.operations.OperationFollower} under an
 * {@link io.github.ucwakit.client.operations.OperationPolling} policy.
 */
package io.github.ucwakit.client.operations;
