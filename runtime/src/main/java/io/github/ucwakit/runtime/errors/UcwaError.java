package io.github.ucwakit.runtime.errors;

import io.github.ucwakit.runtime.NameMap;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A UCWA error body: the JSON object {@code {"code","subcode","message","link","parameters","debugInfo"}} or the
 * XML {@code <reason>} element, as a synchronous error response or an event's reason. Only the code is required.
 * Codes and subcodes are kept as strings, whatever they are: the API adds subcodes at any time. Members the format
 * does not define are kept in {@link #unknownMembers()}. Immutable.
 */
public final class UcwaError {

    private final String code;
    private final String subcode;
    private final String message;
    private final Link link;
    private final Map<String, PropertyValue> parameters;
    private final Map<String, PropertyValue> debugInfo;
    private final Map<String, PropertyValue> unknownMembers;

    private UcwaError(Builder builder) {
        this.code = Objects.requireNonNull(builder.code, "an error needs a code");
        this.subcode = builder.subcode;
        this.message = builder.message;
        this.link = builder.link;
        this.parameters = copy(builder.parameters);
        this.debugInfo = copy(builder.debugInfo);
        this.unknownMembers = copy(builder.unknownMembers);
    }

    /** A builder of an error with the given code. */
    public static Builder builder(String code) {
        return new Builder().code(code);
    }

    public Builder toBuilder() {
        Builder builder = new Builder().code(code).subcode(subcode).message(message).link(link);
        builder.parameters = parameters == null ? null : NameMap.copyOf(parameters);
        builder.debugInfo = debugInfo == null ? null : NameMap.copyOf(debugInfo);
        builder.unknownMembers.putAll(unknownMembers);
        return builder;
    }

    /** The error code, for example {@code Conflict}; for synchronous errors it names the HTTP status. */
    public String code() {
        return code;
    }

    /** The subcode, for example {@code AlreadyExists}; empty when the body has none. */
    public Optional<String> subcode() {
        return Optional.ofNullable(subcode);
    }

    /** The message, localized to the application's culture. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** A link to further information. */
    public Optional<Link> link() {
        return Optional.ofNullable(link);
    }

    /** The invalid request parameters (for 400 Bad Request), in document order; empty when absent. */
    public Map<String, PropertyValue> parameters() {
        return parameters == null ? Map.of() : parameters;
    }

    /** Whether the body carries a parameters bag, even an empty one. */
    public boolean hasParameters() {
        return parameters != null;
    }

    /** Troubleshooting information, subject to change; empty when absent. */
    public Map<String, PropertyValue> debugInfo() {
        return debugInfo == null ? Map.of() : debugInfo;
    }

    /** Whether the body carries a debugInfo bag, even an empty one. */
    public boolean hasDebugInfo() {
        return debugInfo != null;
    }

    /** Members the error format does not define, in document order. */
    public Map<String, PropertyValue> unknownMembers() {
        return unknownMembers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UcwaError other
                && code.equals(other.code)
                && Objects.equals(subcode, other.subcode)
                && Objects.equals(message, other.message)
                && Objects.equals(link, other.link)
                && Objects.equals(parameters, other.parameters)
                && Objects.equals(debugInfo, other.debugInfo)
                && unknownMembers.equals(other.unknownMembers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, subcode, message, link, parameters, debugInfo, unknownMembers);
    }

    @Override
    public String toString() {
        return "UcwaError{code=" + code + (subcode == null ? "" : ", subcode=" + subcode)
                + (message == null ? "" : ", message=" + message) + "}";
    }

    private static Map<String, PropertyValue> copy(Map<String, PropertyValue> members) {
        return members == null ? null : NameMap.copyOf(members).frozen();
    }

    /** Builds a {@link UcwaError}. */
    public static final class Builder {

        private String code;
        private String subcode;
        private String message;
        private Link link;
        private Map<String, PropertyValue> parameters;
        private Map<String, PropertyValue> debugInfo;
        private final Map<String, PropertyValue> unknownMembers = new NameMap<>();

        private Builder() {}

        public Builder code(String code) {
            this.code = Objects.requireNonNull(code, "code");
            return this;
        }

        /** The subcode; {@code null} for none. */
        public Builder subcode(String subcode) {
            this.subcode = subcode;
            return this;
        }

        /** The message; {@code null} for none. */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** The link; {@code null} for none. */
        public Builder link(Link link) {
            this.link = link;
            return this;
        }

        /** The parameters bag; {@code null} for none, an empty map for an empty bag. */
        public Builder parameters(Map<String, PropertyValue> parameters) {
            this.parameters = parameters == null ? null : NameMap.copyOf(parameters);
            return this;
        }

        /** The debugInfo bag; {@code null} for none, an empty map for an empty bag. */
        public Builder debugInfo(Map<String, PropertyValue> debugInfo) {
            this.debugInfo = debugInfo == null ? null : NameMap.copyOf(debugInfo);
            return this;
        }

        /** Keeps a member the error format does not define. */
        public Builder unknownMember(String name, PropertyValue value) {
            unknownMembers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public UcwaError build() {
            return new UcwaError(this);
        }
    }
}
