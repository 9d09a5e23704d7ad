package io.github.ucwakit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.api.Me;
import io.github.ucwakit.client.testing.FakeServer.Reply;
import io.github.ucwakit.client.testing.FakeUcwa;
import io.github.ucwakit.client.testing.SignedIn;
import io.github.ucwakit.runtime.PayloadFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client logs through {@link System.Logger} (here backed by java.util.logging, the JDK's default), at every
 * level, and never logs a token or the password.
 */
class LoggingTest {

    private static final Logger CLIENT = Logger.getLogger("io.github.ucwakit.client");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previous;

    @BeforeEach
    void captureEverything() {
        previous = CLIENT.getLevel();
        CLIENT.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        CLIENT.addHandler(capture);
    }

    @AfterEach
    void restore() {
        CLIENT.removeHandler(capture);
        CLIENT.setLevel(previous);
    }

    @Test
    void tokensAndPasswordsNeverReachTheLog() throws Exception {
        String me = "/ucwa/oauth/v1/applications/105/me";
        try (SignedIn s = SignedIn.start(PayloadFormat.JSON, b -> b)) {
            s.server().on(me, s.ucwa().authorized(request -> s.ucwa().body(200, Me.builder().name("Lene").build())
                    .header("Set-Cookie", "cwt_ucwa=" + FakeUcwa.TOKEN_PREFIX + "cookie")));
            s.client().get(SignedIn.link("me", me), Me.class);
            s.ucwa().expireTokens();
            s.client().get(SignedIn.link("me", me), Me.class);
            s.server().on(me, request -> Reply.status(503).header("Retry-After", "0"));
            try {
                s.client().get(SignedIn.link("me", me), Me.class);
            } catch (RuntimeException expected) {
                // the retries are what is logged here
            }
        }

        String log = String.join("", lines);
        assertThat(lines).isNotEmpty();
        assertThat(log).contains("POST " + "http://").contains("oauthtoken answered 200")
                .contains("Authorization=(redacted)").contains("sending it again");
        assertThat(log).doesNotContain(FakeUcwa.TOKEN_PREFIX).doesNotContain("AAEBSECRET")
                .doesNotContain(FakeUcwa.PASSWORD).doesNotContain("pass%40word1");
    }
}
