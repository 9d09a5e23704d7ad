/**
 * The HTTP layer of the client: a {@link io.github.ucwakit.client.http.Transport} takes an
 * {@link io.github.ucwakit.client.http.OutgoingRequest} and completes with an
 * {@link io.github.ucwakit.client.http.IncomingResponse}, without blocking. Small transports stack: retry
 * ({@link io.github.ucwakit.client.http.RetryingTransport} with its
 * {@link io.github.ucwakit.client.http.RetryPolicy}), logging with secrets redacted
 * ({@link io.github.ucwakit.client.http.LoggingTransport}) and the JDK's HttpClient
 * ({@link io.github.ucwakit.client.http.JdkTransport}). A call's
 * {@link io.github.ucwakit.client.http.Cancellation} reaches every attempt.
 */
package io.github.ucwakit.client.http;
