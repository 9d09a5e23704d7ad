package io.github.ucwakit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.conformance.testing.Pages;
import io.github.ucwakit.runtime.PayloadFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCollectorTest {

    @TempDir
    Path pages;

    @Test
    void collectsEverySampleOfEveryResourcePageWithItsHeadAndBody() throws IOException {
        Pages.write(pages, "widget_ref.md", Pages.WIDGET);
        Pages.write(pages, "Mood_ref.md", Pages.enumeration("Mood", "Happy"));

        List<ResourcePageSamples> collected = new SampleCollector().collect(pages);

        assertThat(collected).extracting(ResourcePageSamples::page).containsExactly("widget_ref.md");
        List<PageSample> samples = collected.get(0).samples();
        // the GET request shows neither a body nor a status line: it is no sample of a body
        assertThat(samples).extracting(PageSample::section).containsExactly("Updated event", "GET JSON Response",
                "GET XML Response", "POST JSON Request", "POST JSON Response");
        PageSample event = samples.get(0);
        assertThat(event.role()).isEqualTo(PageSample.Role.EVENT);
        assertThat(event.body()).startsWith("{").contains("\"sender\"");
        PageSample noContent = samples.get(4);
        assertThat(noContent.body()).isNull();
        assertThat(noContent.otherBodyShown()).isFalse();
        PageSample xml = samples.get(2);
        assertThat(xml.format()).isEqualTo(PayloadFormat.XML);
        assertThat(xml.method()).isEqualTo("GET");
        assertThat(xml.contentType()).isEqualTo("application/xml");
        assertThat(xml.body()).startsWith("<?xml").endsWith("</resource>");
        PageSample sdp = samples.get(3);
        assertThat(sdp.contentType()).isEqualTo("application/sdp");
        assertThat(sdp.body()).isNull();
        assertThat(sdp.otherBodyShown()).isTrue();
    }

    @Test
    void readsBodiesAsTheImporterDoes() throws IOException {
        Pages.write(pages, "note_ref.md", Pages.resource("note", """
                ## Events

                ### Added

                |**Resource**|**Priority**|**Sender**|**Reason**|
                |:-----|:-----|:-----|:-----|
                |note|High|me|Delivered when a note is added.|

                Sample of returned event data.
                {
                  "sender" : [ { "rel" : "me", "events" : [ { "link" : { "rel" : "note", "href" : "/n" },
                    "type" : "added" } ] } ]
                }

                ## Operations

                ### GET

                #### JSON Response

                ```
                HTTP/1.1 200 OK
                {
                  &quot;rel&quot; : &quot;note&quot;,
                  &quot;_links&quot; : { &quot;message&quot; : { &quot;href&quot; : &quot;data:text/plain,
                  Hello&quot; } }
                }
                ```
                """));

        List<PageSample> samples = new SampleCollector().collect(pages).get(0).samples();

        assertThat(samples).hasSize(2);
        assertThat(samples.get(0).body()).as("an event sample outside a code fence").contains("\"sender\"");
        assertThat(samples.get(1).body()).as("entities decoded, the broken data: URI joined")
                .contains("\"rel\" : \"note\"").contains("\"data:text/plain,Hello\"");
    }
}
