package io.github.ucwakit.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncomingResponseTest {

    private static final OutgoingRequest GET = OutgoingRequest.of("GET", URI.create("http://127.0.0.1:8080/ucwa/me"));

    @Test
    void headersAreReadWithoutRegardToCaseAndCopied() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Etag", List.of("\"7\""));
        headers.put("content-type", List.of("application/json"));
        IncomingResponse response = new IncomingResponse(GET, 200, headers, new byte[0]);
        headers.put("Location", List.of("/x"));
        assertThat(response.header("ETag")).contains("\"7\"");
        assertThat(response.contentType()).contains("application/json");
        assertThat(response.header("Location")).isEmpty();
        assertThat(response.headerValues("WWW-Authenticate")).isEmpty();
    }

    @Test
    void theBodyIsCopiedInAndOut() {
        byte[] body = {1, 2, 3};
        IncomingResponse response = new IncomingResponse(GET, 200, Map.of(), body);
        body[0] = 9;
        response.body()[1] = 9;
        assertThat(response.body()).containsExactly(1, 2, 3);
        assertThat(response.bodyLength()).isEqualTo(3);
    }

    @Test
    void aReceivedResponseReadsTheJdkHeadersWithoutRegardToCase() {
        HttpHeaders received = HttpHeaders.of(Map.of("etag", List.of("\"7\""), "WWW-Authenticate",
                List.of("MsRtcOAuth href=\"x\"", "Bearer")), (name, value) -> true);
        IncomingResponse response = IncomingResponse.received(GET, 401, received, new byte[] {1});
        assertThat(response.header("ETAG")).contains("\"7\"");
        assertThat(response.headerValues("www-authenticate")).containsExactly("MsRtcOAuth href=\"x\"", "Bearer");
        assertThat(response).isEqualTo(new IncomingResponse(GET, 401, received.map(), new byte[] {1}));
        assertThat(response.success()).isFalse();
    }
}
