package io.github.ucwakit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.conformance.testing.Pages;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.schema.DescriptorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite over a page of the whole API's conversationLog resource, one sample per path through the checks. */
class ConformanceSuiteTest {

    private static final String PAGE = Pages.resource("conversationLog", """
            ## Events

            ### Updated

            ```
            {"sender": [{"rel": "communication", "events": [{"link": {"rel": "conversationLog", "href": "/l"},
              "type": "updated"}]}]}
            ```

            ### Deleted

            ```
            {"sender": [{"rel": "communication", "events": [{"link": {"rel": "conversationLog", "href": "/l"},
              "type": "deleted", "_embedded": {"conversationLog": {"rel": "conversationLog", "mood": "calm"}}}]}]}
            ```

            ## Operations

            ### GET

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {"rel": "conversationLog", "subject": "Hi", "_links": {"self": {"href": "/l"}},
             "_embedded": {"conversationLogRecipient": [{"rel": "conversationLogRecipient", "displayName": "Ann"}]}}
            ```

            #### XML Response

            ```
            HTTP/1.1 200 OK
            <resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="conversationLog" href="/l">
              <property name="rel">conversationLog</property>
              <property name="subject">Hi</property>
            </resource>
            ```

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {"rel": "conversationLog", "subject": "Hi", "mood": "calm"}
            ```

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {"subject": "Hi"}
            ```

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            {"rel": "stranger", "name": "Bob"}
            ```

            ### POST

            #### JSON Request

            ```
            Post https://example.com/l HTTP/1.1
            Content-Type: application/json
            {"to": "sip:ann@contoso.com"}
            ```

            #### XML Request

            ```
            Post https://example.com/l HTTP/1.1
            Content-Type: application/sdp
            v=0
            ```

            ### PUT

            #### JSON Request

            ```
            Put https://example.com/l HTTP/1.1
            Content-Type: application/json
            {"rel": "conversationLog", "_links": {"markAsRead": {"href": "data:text/plain;base64,not-base-64"}}}
            ```

            #### XML Request

            ```
            Put https://example.com/l HTTP/1.1
            Content-Type: application/xml
            <input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
              <property name="subject">Hi</property>
            </input>
            ```
            """);

    private static final String INPUTS = Pages.resource("addAudio", """
            ## Operations

            ### POST

            #### JSON Request

            ```
            Post https://example.com/addAudio HTTP/1.1
            Content-Type: application/json
            {"operationId": "7", "to": "sip:ann@contoso.com",
             "_links": {"mediaOffer": {"href": "data:application/sdp;base64,base64-encoded-sdp"}}}
            ```

            #### XML Request

            ```
            Post https://example.com/addAudio HTTP/1.1
            Content-Type: application/xml
            <input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
              <property name="to">sip:ann@contoso.com</property>
              <property name="mood">calm</property>
            </input>
            ```

            #### JSON Request

            ```
            Post https://example.com/addAudio HTTP/1.1
            Content-Type: application/json
            {"operationId": "7"}
            ```
            """);

    @TempDir
    static Path pages;

    static List<SampleResult> results;
    static List<SampleResult> inputs;

    @BeforeAll
    static void run() throws IOException, DescriptorException {
        Pages.write(pages, "conversationLog_ref.md", PAGE);
        Pages.write(pages, "addAudio_ref.md", INPUTS);
        ConformanceReport report = new ConformanceSuite(UcwaCodec.create(), ConformanceSuite.inputBindings(),
                ExpectedTypes.of(Path.of("src/main/ucwa"))).run(pages);
        inputs = report.pages().get(0).samples();
        results = report.pages().get(1).samples();
    }

    private static Outcome outcome(int index) {
        return results.get(index).outcome();
    }

    @Test
    void eventEnvelopesAreReadWithTheEventChannelReaderAndWrittenBack() {
        assertThat(results.get(0).classification().kind()).isEqualTo(BodyKind.EVENT);
        assertThat(outcome(0)).isEqualTo(Outcome.passed());
    }

    @Test
    void anEmbeddedResourceOfAnEventIsHeldToTypedAccessToo() {
        assertThat(outcome(1)).isEqualTo(Outcome.failed("not reached through a typed accessor: "
                + "sender[0]/events[0]/conversationLog: property 'mood'"));
    }

    @Test
    void describedResourcesInBothFormatsPass() {
        assertThat(outcome(2)).isEqualTo(Outcome.passed());
        assertThat(outcome(3)).isEqualTo(Outcome.passed());
    }

    @Test
    void anUndescribedMemberFailsTheTypedAccessCheck() {
        assertThat(outcome(4)).isEqualTo(Outcome.failed(
                "not reached through a typed accessor: conversationLog: property 'mood'"));
    }

    @Test
    void aBodyWithoutRelIsReadWithTheTypeItsPageExpectsAndWrittenBackWithoutIt() {
        assertThat(outcome(5)).isEqualTo(Outcome.passed());
    }

    @Test
    void aRelNoDescriptorDescribesFails() {
        assertThat(outcome(6)).isEqualTo(Outcome.failed("no generated type for rel 'stranger'"));
    }

    @Test
    void aDataHrefThatDoesNotDecodePassesWithANoteSayingSo() {
        assertThat(outcome(9)).isEqualTo(Outcome.passedWithNote(BodyChecker.DATA_HREF_NOTE + "conversationLog: "
                + "link 'markAsRead': the data is not Base64 (Illegal base64 character 2d): "
                + "'data:text/plain;base64,not-base-64'"));
    }

    @Test
    void aPutSentAsAnXmlInputIsReadAsItsResourceAndWrittenBackAsAnInput() {
        assertThat(results.get(10).classification().kind()).isEqualTo(BodyKind.INPUT);
        assertThat(outcome(10)).isEqualTo(Outcome.passed());
    }

    @Test
    void anInputForAnOperationWithoutInputClassFailsAndSdpIsNotAResource() {
        assertThat(results.get(7).classification().kind()).isEqualTo(BodyKind.INPUT);
        assertThat(outcome(7)).isEqualTo(Outcome.failed("no generated input class reads POST on conversationLog"));
        assertThat(outcome(8)).isEqualTo(Outcome.classified("SDP (application/sdp)"));
    }

    @Test
    void inputsAreReadIntoTheirInputClassAndHeldToTypedAccess() {
        assertThat(inputs).extracting(r -> r.classification().kind()).containsOnly(BodyKind.INPUT);
        assertThat(inputs.get(0).outcome()).isEqualTo(Outcome.passedWithNote(BodyChecker.DATA_HREF_NOTE
                + "AddAudioInput: $._links.mediaOffer.href: the data is not Base64 (Illegal base64 character 2d): "
                + "'data:application/sdp;base64,base64-encoded-sdp'"));
        assertThat(inputs.get(1).outcome()).isEqualTo(Outcome.failed(
                "not reached through a typed accessor: AddAudioInput: parameter 'mood'"));
        assertThat(inputs.get(2).outcome().reason()).startsWith("cannot be read: ")
                .contains("AddAudioInput needs 'to'");
    }
}
