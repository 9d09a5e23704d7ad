package io.github.ucwakit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.json.JsonFormat;
import io.github.ucwakit.runtime.testmodel.Modality;
import io.github.ucwakit.runtime.testmodel.TestNote;
import io.github.ucwakit.runtime.testmodel.TestNoteBinding;
import io.github.ucwakit.runtime.testmodel.TestParticipant;
import io.github.ucwakit.runtime.testsupport.RecordingWriter;
import io.github.ucwakit.runtime.xml.XmlFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedBindingTest {

    private static final TestNote NOTE = TestNote.of(Link.of("self", "/n/1"), "Hi", List.of(Modality.AUDIO),
            Link.of("other", "/n/1/edit"), new TestParticipant(null, "Ann", null, UnknownMembers.empty()),
            UnknownMembers.builder().link(Link.of("extra", "/x")).property("zeta", new PropertyValue.Text("z"))
                    .build());

    private static final TestNote BARE = TestNote.of(null, null, null, null, null, UnknownMembers.empty());

    @Test
    void writesLinksBeforePropertiesToAWriterThatTakesThemFirst() {
        RecordingWriter writer = new RecordingWriter();

        TestNoteBinding.INSTANCE.write(NOTE, writer);

        assertThat(writer.calls()).containsExactly("begin note /n/1", "link edit", "link extra", "string text",
                "strings modalities", "value zeta", "embedded author", "begin participant", "string name",
                "boolean anonymous", "end", "end");
    }

    @Test
    void writesPropertiesThenLinksToAWriterThatAsksForThem() {
        RecordingWriter writer = RecordingWriter.propertiesFirst();

        TestNoteBinding.INSTANCE.write(NOTE, writer);

        assertThat(writer.calls()).containsExactly("begin note /n/1", "string text", "strings modalities",
                "value zeta", "endProperties", "link edit", "link extra", "embedded author", "begin participant",
                "string name", "boolean anonymous", "end", "end");
    }

    @Test
    void absentMembersWriteNothing() {
        assertThat(new JsonFormat().writeToString(writer -> TestNoteBinding.INSTANCE.write(BARE, writer)))
                .isEqualTo("{\"rel\":\"note\"}");
    }

    @Test
    void writesJsonInJsonOrderAndXmlInXmlOrder() {
        assertThat(new JsonFormat().writeToString(writer -> TestNoteBinding.INSTANCE.write(NOTE, writer)))
                .isEqualTo("{\"rel\":\"note\",\"text\":\"Hi\",\"modalities\":[\"Audio\"],\"zeta\":\"z\","
                        + "\"_links\":{\"self\":{\"href\":\"/n/1\"},\"edit\":{\"href\":\"/n/1/edit\"},"
                        + "\"extra\":{\"href\":\"/x\"}},\"_embedded\":{\"author\":{\"rel\":\"participant\","
                        + "\"name\":\"Ann\"}}}");
        assertThat(new XmlFormat().writeToString(writer -> TestNoteBinding.INSTANCE.write(NOTE, writer)))
                .contains("<resource rel=\"note\" href=\"/n/1\" xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
                        + "<link rel=\"edit\" href=\"/n/1/edit\"/><link rel=\"extra\" href=\"/x\"/>"
                        + "<property name=\"text\">Hi</property>"
                        + "<propertyList name=\"modalities\"><item>Audio</item></propertyList>"
                        + "<property name=\"zeta\">z</property><resource rel=\"author\">"
                        + "<property name=\"name\">Ann</property></resource></resource>");
    }

    @Test
    void theReadLoopFillsTheMembersAndKeepsTheRestAsUnknown() {
        TestNote read = new JsonFormat().read("{\"rel\":\"note\",\"text\":\"Hi\",\"zeta\":\"z\","
                + "\"modalities\":[\"Audio\",\"Fax\"],\"_links\":{\"self\":{\"href\":\"/n/1\"},"
                + "\"edit\":[{\"href\":\"/e\"}],\"extra\":{\"href\":\"/x\"}},"
                + "\"_embedded\":{\"author\":{\"rel\":\"participant\",\"name\":\"Ann\"},"
                + "\"other\":{\"rel\":\"thing\"}}}", TestNoteBinding.INSTANCE::read);

        assertThat(read.text()).isEqualTo("Hi");
        assertThat(read.modalities()).containsExactly(Modality.AUDIO, Modality.of("Fax"));
        assertThat(read.modalities().get(1).known()).isEqualTo(Modality.Known.UNLISTED);
        assertThat(read.self()).contains(Link.of("self", "/n/1"));
        assertThat(read.author().map(TestParticipant::name)).contains("Ann");
        // a single link that arrives in an array is kept as unknown, so that it is written back as it came
        assertThat(read.editLink()).isEmpty();
        assertThat(read.unknownMembers().links()).containsExactly(Link.of("edit", "/e"), Link.of("extra", "/x"));
        assertThat(read.unknownMembers().properties()).containsOnlyKeys("zeta");
        assertThat(read.unknownMembers().embedded()).hasSize(1);
    }

    @Test
    void readsTheSameNoteFromXml() {
        TestNote read = new XmlFormat().read("<resource rel=\"note\" href=\"/n/1\" "
                + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\"><link rel=\"edit\" href=\"/e\"/>"
                + "<property name=\"rel\">note</property><property name=\"text\">Hi</property></resource>",
                TestNoteBinding.INSTANCE::read);

        assertThat(read.text()).isEqualTo("Hi");
        assertThat(read.editLink()).contains(Link.of("edit", "/e"));
        assertThat(read.unknownMembers().isEmpty()).isTrue();
    }
}
