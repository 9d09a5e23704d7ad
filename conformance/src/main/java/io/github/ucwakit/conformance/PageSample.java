package io.github.ucwakit.conformance;

import io.github.ucwakit.runtime.PayloadFormat;

/**
 * One sample of a resource page as the suite reads it: where it stands, what its HTTP head says, and its body.
 *
 * @param page the page's file name
 * @param line the line of the sample's heading
 * @param section what the sample is, e.g. {@code GET JSON Response} or {@code Added event}
 * @param role request, response or event
 * @param format the format the sample's heading names (events are JSON)
 * @param method the operation's method, or {@code null} for an event sample
 * @param contentType the {@code Content-Type} of the sample's HTTP head, or {@code null}
 * @param body the JSON or XML payload (entities decoded, broken lines joined), or {@code null} when the sample
 *     shows none
 * @param otherBodyShown whether lines that are not a JSON or XML payload follow the HTTP head
 * @param bodyLine the page line where the body starts, or the heading's line
 */
public record PageSample(String page, int line, String section, Role role, PayloadFormat format, String method,
        String contentType, String body, boolean otherBodyShown, int bodyLine) {

    /** Where a sample stands on its page. */
    public enum Role {
        REQUEST,
        RESPONSE,
        EVENT
    }
}
