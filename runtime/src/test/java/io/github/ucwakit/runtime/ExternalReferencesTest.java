package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.testmodel.TestBindings;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References a payload may hold without being bad (hrefs, XInclude, schema locations, stylesheets) are kept as
 * text or skipped, never followed.
 */
class ExternalReferencesTest {

    private static final UcwaCodec CODEC = UcwaCodec.of(new TestBindings().bindings());

    @Test
    void nothingAPayloadPointsAtIsFetched(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "top secret");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            String http = "http://127.0.0.1:" + server.getLocalPort();
            String json = "{\"rel\":\"conversation\",\"subject\":\"" + secret.toUri() + "\",\"_links\":{"
                    + "\"self\":{\"href\":\"" + http + "/self\"},\"participants\":{\"href\":\"" + secret.toUri()
                    + "\"}}}";
            String xml = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"" + http + "/style.xsl\"?>\n"
                    + "<resource rel=\"conversation\" href=\"" + http + "/self\" "
                    + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\" "
                    + "xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                    + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://schemas.microsoft.com/rtc/2012/03/ucwa " + http + "/ucwa.xsd\">\n"
                    + "  <xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/>\n"
                    + "  <property name=\"subject\">" + secret.toUri() + "</property>\n"
                    + "</resource>";

            TestConversation fromJson = CODEC.read(json, PayloadFormat.JSON, TestConversation.class);
            TestConversation fromXml = CODEC.read(xml, PayloadFormat.XML, TestConversation.class);

            assertThat(fromJson.subject()).isEqualTo(secret.toUri().toString());
            assertThat(fromJson.selfLink().href()).isEqualTo(http + "/self");
            assertThat(fromJson.participantsLink().href()).isEqualTo(secret.toUri().toString());
            assertThat(fromXml.subject()).isEqualTo(secret.toUri().toString());
            assertThat(fromXml.selfLink().href()).isEqualTo(http + "/self");
            assertThat(fromXml.toString()).doesNotContain("top secret");
            assertThatThrownBy(server::accept).as("no connection").isInstanceOf(SocketTimeoutException.class);
        }
    }
}
