package io.github.ucwakit.docs.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.docs.diagram.DiagramLayout;
import io.github.ucwakit.docs.diagram.DiagramText;
import io.github.ucwakit.docs.diagram.Layout;
import io.github.ucwakit.docs.diagram.LayoutFaults;
import io.github.ucwakit.docs.diagram.Shape;
import io.github.ucwakit.docs.diagram.TextMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figure of the sign-in and event channel: its layout has no text, box or arrow over another and fits the page
 * at 1280 pixels without scaling, and it tells the steps of the flow in order.
 */
class SignInFlowTest {

    /** The width of the page's content column at 1280 pixels (1280 - 16rem sidebar - 2 x 2.5rem padding, 16px). */
    private static final int CONTENT_WIDTH = 1280 - 256 - 80;

    private final Layout layout = new DiagramLayout(TextMetrics.DEFAULT).layout(SignInFlow.diagram());

    @Test
    void nothingIsOverAnotherAndTheFigureFitsThePage() {
        assertThat(LayoutFaults.of(layout)).isEmpty();
        assertThat(layout.width()).as("width").isLessThanOrEqualTo(CONTENT_WIDTH - 2);
    }

    @Test
    void theFlowGoesFromTheRootUrlToTheReconnection() {
        List<String> labels = layout.shapes(Shape.Text.class).stream()
                .filter(t -> t.role() == Shape.Role.LABEL || t.role() == Shape.Role.GUARD)
                .map(Shape.Text::text)
                .toList();
        assertThat(labels).containsSubsequence(
                "GET https://lyncdiscover.<domain>/",
                "[the root has a redirect link, no user link]",
                "GET the user href",
                "401 Unauthorized",
                "WWW-Authenticate: MsRtcOAuth",
                "POST …/WebTicket/oauthtoken",
                "GET the user href again",
                "Authorization: Bearer <token>",
                "POST applications",
                "201 Created: the application,",
                "GET events?ack=1&timeout=…&medium=…&low=…",
                "[until the channel is closed]",
                "[next]",
                "GET the resume href, parameters again",
                "GET the resync href, parameters again",
                "[no answer: the connection dropped, timed out, or a 5xx]",
                "GET the same href again: the same ack,");
        assertThat(DiagramText.of(SignInFlow.diagram()))
                .startsWith("How the ucwakit client signs in to UCWA and keeps its event channel open. 1. ucwakit"
                        + " client to Autodiscover: GET https://lyncdiscover.<domain>/. 2. Autodiscover to ucwakit"
                        + " client: 200 root: user and xframe links. Only if the root has a redirect link, no user"
                        + " link: 3. ucwakit client to Autodiscover: GET the redirect href (http or https).");
    }
}
