package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.diagram.Participant;
import io.github.ucwakit.docs.diagram.SequenceDiagram;
import io.github.ucwakit.docs.diagram.Step;
import io.github.ucwakit.docs.diagram.Step.Fragment;
import io.github.ucwakit.docs.diagram.Step.Kind;
import io.github.ucwakit.docs.diagram.Step.Message;
import io.github.ucwakit.docs.diagram.Step.Note;
import io.github.ucwakit.docs.diagram.Step.Operator;
import io.github.ucwakit.docs.diagram.Step.Section;
import java.util.List;

/**
 * The sign-in and the event channel as the ucwakit client performs them, as a sequence diagram: autodiscovery from
 * the root URL (its {@code user} link, or its {@code redirect}), the 401 with the {@code MsRtcOAuth} challenge, the
 * token request, the user resource read again with the token, the application created, then the event channel's
 * pending GETs and how each answer is followed ({@code next}, {@code resume}, {@code resync}, or none when the
 * connection dropped). The reference describes the exchanges in {@code CreateAnApplication.md},
 * {@code AuthenticationInUCWA.md}, {@code EventsInUCWA.md} and {@code EventChannelDetails.md}.
 */
final class SignInFlow {

    private static final String CLIENT = "client";
    private static final String DISCOVER = "discover";
    private static final String TOKEN = "token";
    private static final String UCWA = "ucwa";

    private SignInFlow() {}

    static SequenceDiagram diagram() {
        return new SequenceDiagram(
                "Signing in and the event channel",
                "How the ucwakit client signs in to UCWA and keeps its event channel open.",
                List.of(
                        Participant.of(CLIENT, "ucwakit client", "UcwaClient"),
                        Participant.of(DISCOVER, "Autodiscover", "root and user"),
                        Participant.of(TOKEN, "Token service", "WebTicket/oauthtoken"),
                        Participant.of(UCWA, "UCWA", "application, events")),
                List.of(
                        request(DISCOVER, "GET https://lyncdiscover.<domain>/"),
                        response(DISCOVER, "200 root: user and xframe links"),
                        new Fragment(Operator.OPT, List.of(new Section("the root has a redirect link, no user link",
                                List.of(
                                        request(DISCOVER, "GET the redirect href (http or https)"),
                                        response(DISCOVER, "200 the root of that domain"))))),
                        request(DISCOVER, "GET the user href", "Referer: the xframe href"),
                        response(DISCOVER, "401 Unauthorized", "WWW-Authenticate: MsRtcOAuth",
                                "href=\"…/WebTicket/oauthtoken\",", "grant_type=\"…,password\""),
                        request(TOKEN, "POST …/WebTicket/oauthtoken",
                                "grant_type=password&username=…&password=…"),
                        response(TOKEN, "200 access_token, expires_in, token_type"),
                        new Note(CLIENT, UCWA, List.of(
                                "The token goes only to the origins that challenged the client; it is renewed",
                                "before it expires, and once more after a 401. It is never logged.")),
                        request(DISCOVER, "GET the user href again", "Authorization: Bearer <token>"),
                        response(DISCOVER, "200 user: applications link (or a redirect)"),
                        request(UCWA, "POST applications", "{userAgent, endpointId, culture}"),
                        response(UCWA, "201 Created: the application,", "its links, events?ack=1 among them"),
                        new Note(CLIENT, UCWA, List.of(
                                "The client keeps the application and its links. client.events() opens the",
                                "event channel: one pending GET (P-GET) at a time.")),
                        request(UCWA, "GET events?ack=1&timeout=…&medium=…&low=…"),
                        new Fragment(Operator.LOOP, List.of(new Section("until the channel is closed", List.of(
                                response(UCWA, "200 when events come or the timeout ends:",
                                        "events by sender, and a next link (ack=2)"),
                                new Note(CLIENT, UCWA, List.of(
                                        "The events are queued for the listeners before the next P-GET,",
                                        "whose ack acknowledges them: each batch once, in order.")),
                                new Fragment(Operator.ALT, List.of(
                                        new Section("next", List.of(
                                                request(UCWA, "GET the next href (ack=2)"))),
                                        new Section("resume: conversations and subscriptions were reset", List.of(
                                                request(UCWA, "GET the resume href, parameters again"))),
                                        new Section("resync only: the client sent a stale link", List.of(
                                                request(UCWA, "GET the application (read again)"),
                                                response(UCWA, "200 the application; listeners are told"),
                                                request(UCWA, "GET the resync href, parameters again"))),
                                        new Section("no answer: the connection dropped, timed out, or a 5xx", List.of(
                                                new Note(CLIENT, CLIENT, List.of(
                                                        "backoff with jitter,", "or a 503's Retry-After")),
                                                request(UCWA, "GET the same href again: the same ack,",
                                                        "so the same events come again")))))))))));
    }

    private static Step request(String to, String... label) {
        return new Message(CLIENT, to, Kind.REQUEST, List.of(label));
    }

    private static Step response(String from, String... label) {
        return new Message(from, CLIENT, Kind.RESPONSE, List.of(label));
    }
}
