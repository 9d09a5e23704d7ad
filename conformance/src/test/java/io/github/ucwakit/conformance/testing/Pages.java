package io.github.ucwakit.conformance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small reference pages for tests, in the format of the reference folder. */
public final class Pages {

    private Pages() {}

    /** A resource page; {@code sections} follows its Resource description. */
    public static String resource(String name, String sections) {
        return "---\ntitle: " + name + "\ndescription: " + name + " represents a test resource.\n---\n# " + name
                + "\n\nRepresents a test resource.\n\n## Resource description\n\nA resource for tests.\n\n" + sections;
    }

    /** An enumeration page. */
    public static String enumeration(String name, String... members) {
        StringBuilder page = new StringBuilder("---\ntitle: " + name + "\n---\n# " + name
                + "\n\nA test enumeration.\n\n## Members\n\n|**Name**|**Description**|\n|:-----|:-----|\n");
        for (String member : members) {
            page.append('|').append(member).append('|').append(member).append(".|\n");
        }
        return page.toString();
    }

    public static void write(Path folder, String fileName, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
    }

    /** A page of a widget resource with one sample of every kind the suite tells apart. */
    public static final String WIDGET = resource("widget", """
            ### Properties

            |**Name**|**Description**|
            |:-----|:-----|
            |mood|The widget's mood.|
            |count|How many.|

            ### Links

            |**Link**|**Description**|
            |:-----|:-----|
            |self|The link to the current resource.|
            |gadget|The gadget.|

            ## Events

            ### Updated

            |**Resource**|**Priority**|**Sender**|**Reason**|
            |:-----|:-----|:-----|:-----|
            |widget|Medium|widgets|Delivered when the widget changes.|

            ```
            {
              "_links" : { "self" : { "href" : "/events?ack=1" }, "next" : { "href" : "/events?ack=2" } },
              "sender" : [
                {
                  "rel" : "widgets",
                  "href" : "/widgets",
                  "events" : [ { "link" : { "rel" : "widget", "href" : "/widgets/1" }, "type" : "updated" } ]
                }
              ]
            }
            ```

            ## Operations

            ### GET

            Returns the widget.

            #### Response body

            |**Item**|**Description**|
            |:-----|:-----|
            |[widget](widget_ref.md)|The widget.|

            #### JSON Request

            ```
            Get https://example.com/widgets/1 HTTP/1.1
            Accept: application/json

            ```

            #### JSON Response

            ```
            HTTP/1.1 200 OK
            Content-Type: application/json
            {
              "rel" : "widget",
              "mood" : "Happy",
              "count" : 3,
              "_links" : { "self" : { "href" : "/widgets/1" }, "gadget" : { "href" : "/gadgets/7" } }
            }
            ```

            #### XML Response

            ```
            HTTP/1.1 200 OK
            Content-Type: application/xml
            <?xml version="1.0" encoding="utf-8"?>
            <resource rel="widget" href="/widgets/1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
              <link rel="gadget" href="/gadgets/7" />
              <property name="rel">widget</property>
              <property name="mood">Sad</property>
              <property name="count">4</property>
            </resource>
            ```

            ### POST

            Offers media to the widget.

            #### JSON Request

            ```
            Post https://example.com/widgets/1 HTTP/1.1
            Content-Type: application/sdp
            v=0
            o=- 0 0 IN IP4 127.0.0.1
            ```

            #### JSON Response

            ```
            HTTP/1.1 204 No Content

            ```
            """);
}
