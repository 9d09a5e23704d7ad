package io.github.ucwakit.runtime.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.testmodel.Modality;
import io.github.ucwakit.runtime.testmodel.TestConversation;
import io.github.ucwakit.runtime.testmodel.TestConversationBinding;
import io.github.ucwakit.runtime.testsupport.PayloadAssertions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlResourceWriterTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String NS = "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"";

    private final XmlFormat xml = new XmlFormat();

    @Test
    void writesTheResourceShape() {
        String written = xml.writeToString(writer -> {
            writer.beginResource("conversation", Link.of("self", "/c/1"));
            writer.link(Link.of("participants", "/c/1/p", "All"));
            writer.links("participant", List.of(Link.of("participant", "/p/1"), Link.of("participant", "/p/2")));
            writer.stringProperty("subject", "A < B & \"C\"");
            writer.intProperty("participantCount", 2);
            writer.longProperty("sequence", 5L);
            writer.booleanProperty("readLocally", true);
            writer.booleanProperty("recording", false);
            writer.dateProperty("created", UcwaDateTime.parseIso("2016-09-26T16:20:24.8356669-07:00"));
            writer.stringListProperty("activeModalities", List.of("Audio", "Video"));
            writer.booleanListProperty("flags", List.of(true));
            writer.endResource();
        });

        assertThat(written).isEqualTo(DECLARATION
                + "<resource rel=\"conversation\" href=\"/c/1\" " + NS + ">"
                + "<link rel=\"participants\" href=\"/c/1/p\" title=\"All\"/>"
                + "<link rel=\"participant\" href=\"/p/1\"/><link rel=\"participant\" href=\"/p/2\"/>"
                + "<property name=\"subject\">A &lt; B &amp; \"C\"</property>"
                + "<property name=\"participantCount\">2</property>"
                + "<property name=\"sequence\">5</property>"
                + "<property name=\"readLocally\">True</property>"
                + "<property name=\"recording\">False</property>"
                + "<property name=\"created\">2016-09-26T16:20:24.8356669-07:00</property>"
                + "<propertyList name=\"activeModalities\"><item>Audio</item><item>Video</item></propertyList>"
                + "<propertyList name=\"flags\"><item>True</item></propertyList>"
                + "</resource>");
    }

    @Test
    void writesEnumerationListsAsTheirWireValues() {
        String written = xml.writeToString(writer -> {
            writer.beginResource("conversation", null);
            writer.enumListProperty("activeModalities", List.of(Modality.AUDIO, Modality.of("Odd")));
            writer.enumListProperty("absent", null);
            writer.endResource();
        });

        assertThat(written).isEqualTo(DECLARATION + "<resource rel=\"conversation\" " + NS + ">"
                + "<propertyList name=\"activeModalities\"><item>Audio</item><item>Odd</item></propertyList>"
                + "</resource>");
    }

    @Test
    void dateReadFromJsonIsWrittenInItsOffsetOrUtc() {
        String written = xml.writeToString(writer -> {
            writer.beginResource("r", null);
            writer.dateProperty("utc", UcwaDateTime.parseJson("/Date(1474932024822)/"));
            writer.dateProperty("offset", UcwaDateTime.parseJson("/Date(1474932024822-0700)/"));
            writer.endResource();
        });

        assertThat(written).contains("<property name=\"utc\">2016-09-26T23:20:24.822Z</property>",
                "<property name=\"offset\">2016-09-26T16:20:24.822-07:00</property>");
    }

    @Test
    void nestedResourcesDeclareNoNamespaceAndTakeTheirKeyWhenRelIsMissing() {
        GenericResource resource = GenericResource.builder().rel("outer")
                .unknownMembers(UnknownMembers.builder()
                        .embedded("inner", GenericResource.builder().self(Link.of("self", "/i")).build())
                        .build())
                .build();

        String written = xml.writeToString(writer -> GenericResource.BINDING.write(resource, writer));

        assertThat(written).isEqualTo(DECLARATION + "<resource rel=\"outer\" " + NS + ">"
                + "<resource rel=\"inner\" href=\"/i\"></resource></resource>");
    }

    @Test
    void aNestedResourceCarriesItsEmbeddedKeyEvenWhenItsRelDiffers() {
        GenericResource from = GenericResource.builder().rel("participant").self(Link.of("self", "/p/1")).build();
        GenericResource resource = GenericResource.builder().rel("onlineMeetingInvitation")
                .unknownMembers(UnknownMembers.builder().embedded("from", from).build())
                .build();

        String written = xml.writeToString(writer -> GenericResource.BINDING.write(resource, writer));
        GenericResource read = xml.read(written, GenericResource.BINDING::read);

        assertThat(written).isEqualTo(DECLARATION + "<resource rel=\"onlineMeetingInvitation\" " + NS + ">"
                + "<resource rel=\"from\" href=\"/p/1\"></resource></resource>");
        assertThat(read.unknownMembers().embeddedGroups()).singleElement()
                .satisfies(group -> assertThat(group.name()).isEqualTo("from"));
    }

    @Test
    void keptValuesAreWrittenAsTextAndWhatTextCannotCarryIsLeftOut() {
        String written = xml.writeToString(writer -> {
            writer.beginResource("r", null);
            writer.valueProperty("n", new PropertyValue.Number("1.50"));
            writer.valueProperty("b", new PropertyValue.Bool(true));
            writer.valueProperty("z", new PropertyValue.Null());
            writer.valueProperty("o", new PropertyValue.ObjectValue(Map.of("a", new PropertyValue.Text("x"))));
            writer.valueProperty("l", new PropertyValue.ListValue(List.of(new PropertyValue.Number("2"),
                    new PropertyValue.ListValue(List.of()), new PropertyValue.Text("t"))));
            writer.endResource();
        });

        assertThat(written).isEqualTo(DECLARATION + "<resource rel=\"r\" " + NS + ">"
                + "<property name=\"n\">1.50</property><property name=\"b\">True</property>"
                + "<property name=\"z\"></property>"
                + "<propertyList name=\"l\"><item>2</item><item>t</item></propertyList></resource>");
    }

    @Test
    void writesUtf8ToAStream() {
        TestConversation conversation = TestConversation.builder().subject("Grüße, 会议").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        xml.write(out, writer -> TestConversationBinding.INSTANCE.write(conversation, writer));

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("Grüße, 会议");
        assertThat(xml.read(out.toByteArray(), TestConversationBinding.INSTANCE::read)).isEqualTo(conversation);
    }

    @Test
    void writtenDocumentReadsBackSimilar() {
        String payload = "<resource rel=\"x\" href=\"/x\" " + NS + "><link rel=\"a\" href=\"/a\"/>"
                + "<property name=\"p\">1</property><resource rel=\"y\"><property name=\"q\">2</property></resource>"
                + "</resource>";
        GenericResource resource = xml.read(payload, GenericResource.BINDING::read);

        PayloadAssertions.assertSimilarXml(xml.writeToString(w -> GenericResource.BINDING.write(resource, w)),
                payload);
    }
}
