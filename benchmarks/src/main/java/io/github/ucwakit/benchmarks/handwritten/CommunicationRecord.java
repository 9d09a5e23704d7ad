package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A {@code communication} resource embedded in an event. {@code otherProperties} keeps the properties this class
 * does not name, such as the randomly named one UCWA wants back in every PUT.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationRecord(
        String rel,
        List<String> supportedModalities,
        List<String> supportedMessageFormats,
        String etag,
        @JsonProperty("_links") CommunicationLinks links,
        @JsonAnySetter @JsonAnyGetter Map<String, String> otherProperties) {}
