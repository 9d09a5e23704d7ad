/**
 * The exceptions of the client, all under {@link io.github.ucwakit.client.errors.UcwaClientException}, and
 * {@link io.github.ucwakit.client.errors.ErrorResponses}, which turns a failed response into its typed exception
 * carrying the UCWA error body matched to the operation's error table.
 */
package io.github.ucwakit.client.errors;
