package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testsupport.MemberWalk;
import io.github.ucwakit.runtime.xml.XmlFormat;
import io.github.ucwakit.runtime.xml.envelope.EnvelopeResourceReader;
import io.github.ucwakit.runtime.xml.envelope.XmlEnvelopes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reader tells where it stands, and refuses a member given twice where it stands. */
class ReaderLocationTest {

    private static final String XML = "<resource rel=\"conversation\" href=\"/c/1\" "
            + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">\n"
            + "  <link rel=\"participants\" href=\"/c/1/p\"/>\n"
            + "  <property name=\"subject\">Plans</property>\n"
            + "  <resource rel=\"participant\" href=\"/p/ann\">\n"
            + "    <property name=\"name\">Ann</property>\n"
            + "  </resource>\n"
            + "</resource>";

    @Test
    void jsonReadersStandOnPaths() {
        String json = "{\"subject\":\"Plans\",\"rel\":\"conversation\",\"_links\":{\"self\":{\"href\":\"/c/1\"}},"
                + "\"_embedded\":{\"participant\":[{\"rel\":\"participant\",\"name\":\"Ann\"}]}}";

        List<String> locations = new JsonFormat().read(json, ReaderLocationTest::locations);

        assertThat(locations).containsExactly("$.rel", "$.subject", "$._links.self", "$._embedded.participant[0]",
                "$._embedded.participant[0].name");
    }

    @Test
    void aJsonResourceWithoutRelStandsOnItsPath() {
        assertThat(new JsonFormat().read("{\"subject\":\"Plans\"}", ResourceReader::location)).isEqualTo("$");
    }

    @Test
    void xmlReadersStandOnStartTags() {
        List<String> locations = new XmlFormat().read(XML, ReaderLocationTest::locations);

        assertThat(locations).containsExactly("line 1, column 96", "line 1, column 96", "line 2, column 43",
                "line 3, column 28", "line 4, column 45", "line 4, column 45", "line 5, column 27");
    }

    @Test
    void envelopeReadersStandOnPaths() {
        List<String> locations = locations(EnvelopeResourceReader.of(XmlEnvelopes.unmarshal(XML)));

        assertThat(locations).containsExactly("/resource", "/resource", "/resource/link[@rel='participants']",
                "/resource/property[@name='subject']", "/resource/resource[@rel='participant']",
                "/resource/resource[@rel='participant']",
                "/resource/resource[@rel='participant']/property[@name='name']");
    }

    @Test
    void theEnvelopeRefusesWhatTheStreamReaderRefuses() {
        String duplicate = XML.replace("<property name=\"subject\">Plans</property>",
                "<property name=\"subject\">Plans</property><propertyList name=\"subject\"/>");
        String noRel = XML.replace("<link rel=\"participants\"", "<link");
        String badData = XML.replace("/c/1/p", "data:text/plain,%");

        assertThatThrownBy(() -> MemberWalk.members(EnvelopeResourceReader.of(XmlEnvelopes.unmarshal(duplicate))))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.DUPLICATE)
                .hasFieldOrPropertyWithValue("location", "/resource/propertyList[@name='subject']");
        assertThatThrownBy(() -> MemberWalk.members(EnvelopeResourceReader.of(XmlEnvelopes.unmarshal(noRel))))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.MISSING_REL)
                .hasFieldOrPropertyWithValue("location", "/resource/link[1]");
        assertThatThrownBy(() -> UcwaCodec.of(List.of()).fromEnvelope(XmlEnvelopes.unmarshal(badData)))
                .isInstanceOf(UcwaPayloadException.class)
                .hasFieldOrPropertyWithValue("kind", Kind.INVALID_VALUE)
                .hasFieldOrPropertyWithValue("location", "/resource/link[@rel='participants']");
    }

    /**
     * Where the reader stands before the first member and on each member, then on the members of an embedded
     * resource (the self link of an XML one stands on its start tag).
     */
    private static List<String> locations(ResourceReader reader) {
        List<String> locations = new ArrayList<>();
        locations.add(reader.location());
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            locations.add(reader.location());
            switch (member) {
                case EMBEDDED -> {
                    List<String> embedded = locations(reader.readEmbedded());
                    locations.addAll(embedded.subList(1, embedded.size()));
                }
                case LINK -> reader.readLink();
                default -> reader.readValue();
            }
        }
        return locations;
    }
}
