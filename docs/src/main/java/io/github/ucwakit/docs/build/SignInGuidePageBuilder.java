package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Block;
import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import java.util.List;

/** The guide page "Signing in and the event channel": a few paragraphs around the {@link SignInFlow} diagram. */
final class SignInGuidePageBuilder {

    /** The page's id; {@link PageNames} keeps it from resource and enumeration pages. */
    static final PageId PAGE = new PageId("sign-in-and-events");
    /** The page's title. */
    static final String TITLE = "Signing in and the event channel";

    Page build() {
        PageBuilder page = new PageBuilder(PAGE, PageKind.GUIDE, TITLE);
        page.paragraph(List.of(
                new Inline.Text("How the ucwakit client ("),
                new Inline.Code("UcwaClient"),
                new Inline.Text(") signs in to UCWA and then listens to the server on the event channel, request by"
                        + " request. Solid arrows are requests, dashed arrows the answers.")));
        page.heading(2, "The flow");
        page.figure(new Block.Figure(PAGE.stem(), SignInFlow.diagram(),
                "Figure: the sign-in by autodiscovery and the MsRtcOAuth challenge, the application created, and the"
                        + " event channel's pending GETs with their next, resume and resync answers and the"
                        + " reconnection after a dropped connection."));
        page.heading(2, "Signing in");
        page.paragraph("Autodiscovery starts at the root URL and follows its user link (or its redirect link, to the"
                + " root of another domain). The server challenges the first read of the user resource with a 401 whose"
                + " WWW-Authenticate header names the token service and the grants it accepts; the client asks that"
                + " service for a token (the password grant, or a token from the caller's provider) and reads the user"
                + " resource again with it. The user resource's applications link is where the client creates its"
                + " application, whose links every later request starts from.");
        page.heading(2, "The event channel");
        page.paragraph("The application's events link is the first pending GET. The server holds it until events"
                + " come or its timeout ends, then answers with the events grouped by sender and the link of the next"
                + " pending GET, whose ack acknowledges what was received. A resume link says the server reset the"
                + " application's conversations and subscriptions; a resync link alone says the client sent a stale"
                + " link, and the client reads the application again before following it. When no answer comes, the"
                + " client waits and sends the same link again: the server sends the same events again, so none is"
                + " lost and none delivered twice.");
        return page.build();
    }
}
