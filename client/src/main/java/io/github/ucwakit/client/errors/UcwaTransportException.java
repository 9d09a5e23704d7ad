package io.github.ucwakit.client.errors;

/**
 * A request that got no HTTP response: the connection failed or was dropped, or the request timed out, after every
 * retry the client's policy allowed. The cause is the last failure ({@link java.net.http.HttpTimeoutException},
 * {@link java.net.ConnectException}, {@link java.io.IOException}).
 */
public class UcwaTransportException extends UcwaClientException {

    private final int attempts;

    public UcwaTransportException(String message, int attempts, Throwable cause) {
        super(message + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
        this.attempts = attempts;
    }

    /** How many times the request was sent. */
    public int attempts() {
        return attempts;
    }
}
