package io.github.ucwakit.runtime.errors;

import java.util.List;
import java.util.Optional;

/**
 * The generic synchronous errors of UCWA 2.0, which any operation on any resource may return besides the errors
 * of its own table ({@link ErrorCatalog}), as the reference's page "Generic synchronous errors" lists them.
 */
public final class GenericErrors {

    private static final List<GenericError> ALL = List.of(
            new GenericError("ApplicationNotFound", "The application resource does not exist."),
            new GenericError("BadRequest",
                    "Something is wrong with the entire request (malformed XML/JSON, for example)."),
            new GenericError("DeserializationFailure", "The request body could not be deserialized. Please check if"
                    + " the body confirms to allowed formats and does not have any invalid characters."),
            new GenericError("EntityTooLarge", "The request is too large."),
            new GenericError("ExchangeServiceFailure", "Exchange connectivity failure."),
            new GenericError("InactiveApplicationExpired", "An inactive application expired."),
            new GenericError("MethodNotAllowed", "The requested HTTP method is not supported for this resource."),
            new GenericError("MobileApplicationNoLongerAllowed",
                    "User is no longer authorized for mobile applications."),
            new GenericError("ParameterValidationFailure", "A parameter value is not valid."),
            new GenericError("PreconditionFailed", "An If-Match precondition was not met."),
            new GenericError("PreconditionRequired", "The operation requires an If-Match precondition."),
            new GenericError("ResourceNotFound", "The resource does not exist."),
            new GenericError("ServiceFailure", "Internal Server Error."),
            new GenericError("ServiceTimeout", "Internal Server Error, remote timeout."),
            new GenericError("TooManyApplications", "There are too many applications for this user."),
            new GenericError("UnsupportedMediaType", "The content-type is not supported."),
            new GenericError("VersionNotSupported", "Requested Version is not supported."));

    private GenericErrors() {}

    /** Every generic error, in the reference's order. */
    public static List<GenericError> all() {
        return ALL;
    }

    /**
     * The generic error an error body names: the first whose name is its subcode, else the first whose name is
     * its code (a subcode is the more specific of the two).
     */
    public static Optional<GenericError> match(UcwaError error) {
        Optional<GenericError> bySubcode = error.subcode()
                .flatMap(subcode -> ALL.stream().filter(e -> e.name().equals(subcode)).findFirst());
        return bySubcode.isPresent() ? bySubcode : ALL.stream().filter(e -> e.name().equals(error.code())).findFirst();
    }
}
