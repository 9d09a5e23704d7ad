package com.example.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadmeQuickStartTest {

    @Test
    void theReadmeExcerptReadsAConversationAndWritesItBackChanged() {
        String body = "{\"rel\":\"conversation\",\"state\":\"Connected\",\"participantCount\":2,\"subject\":\"Plans\","
                + "\"_links\":{\"self\":{\"href\":\"/ucwa/oauth/v1/applications/1/communication/conversations/7\"},"
                + "\"participants\":{\"href\":\"/ucwa/oauth/v1/applications/1/communication/conversations/7/participants\"}}}";
        String xml = String.valueOf(ReadmeQuickStart.run(body));
        assertTrue(xml.contains("<property name=\"subject\">Hi</property>"), xml);
        assertTrue(xml.contains("<property name=\"state\">Connected</property>"), xml);
        assertTrue(xml.contains("<property name=\"participantCount\">2</property>"), xml);
        assertTrue(xml.contains("conversations/7/participants"), xml);
    }
}
