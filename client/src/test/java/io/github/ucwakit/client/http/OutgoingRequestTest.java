package io.github.ucwakit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingRequestTest {

    private static final URI URI_ = URI.create("http://127.0.0.1:8080/ucwa/me");

    @Test
    void headersKeepTheirOrderAndAreReplacedRegardlessOfCase() {
        OutgoingRequest request = OutgoingRequest.of("GET", URI_)
                .withHeader("Accept", "application/json")
                .withHeader("X-Ms-Correlation", "1")
                .withHeader("authorization", "Bearer a")
                .withHeader("ACCEPT", "application/xml")
                .withHeader("Authorization", "Bearer b");
        assertThat(request.headers()).containsExactly(Map.entry("X-Ms-Correlation", "1"),
                Map.entry("ACCEPT", "application/xml"), Map.entry("Authorization", "Bearer b"));
        assertThat(request.header("accept")).contains("application/xml");
        assertThat(request.header("Content-Type")).isEmpty();
    }

    @Test
    void aCopyLeavesTheOriginalAsItWas() {
        OutgoingRequest one = OutgoingRequest.of("GET", URI_).withHeader("Accept", "application/json");
        OutgoingRequest two = one.withHeader("Accept", "application/xml").withHeader("If-Match", "\"1\"");
        assertThat(one.headers()).containsExactly(Map.entry("Accept", "application/json"));
        assertThat(two.headers()).containsExactly(Map.entry("Accept", "application/xml"), Map.entry("If-Match", "\"1\""));
        assertThatThrownBy(() -> two.headers().put("Cookie", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theConstructorCopiesHeadersAndTheBodyIsCopiedIn() {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Accept", "application/json"));
        OutgoingRequest request = new OutgoingRequest("PUT", URI_, headers, null, false);
        headers.put("Cookie", "x");
        assertThat(request.headers()).containsOnlyKeys("Accept");
        byte[] body = {1, 2, 3};
        OutgoingRequest withBody = request.withBody(body, "application/json", true);
        body[0] = 9;
        assertThat(withBody.body()).containsExactly(1, 2, 3);
        assertThat(withBody.sensitiveBody()).isTrue();
        assertThat(withBody.header("content-type")).contains("application/json");
        assertThat(withBody).isEqualTo(new OutgoingRequest("PUT", URI_, withBody.headers(), new byte[] {1, 2, 3}, true));
    }

    @Test
    void aRelativeUriIsRefused() {
        assertThatThrownBy(() -> OutgoingRequest.of("GET", URI.create("/ucwa/me")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/ucwa/me");
    }
}
