package io.github.ucwakit.client.errors;

/**
 * The base of every exception the client throws: a request that could not be made, a sign-in that failed, or a
 * response that says the server refused. Unchecked, like the runtime's {@code UcwaPayloadException}.
 */
public class UcwaClientException extends RuntimeException {

    public UcwaClientException(String message) {
        super(message);
    }

    public UcwaClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
