package io.github.ucwakit.runtime;

/** The HTTP methods of UCWA operations. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    DELETE;

    /** Whether a request of this method may carry a body. */
    public boolean takesBody() {
        return this == POST || this == PUT;
    }
}
