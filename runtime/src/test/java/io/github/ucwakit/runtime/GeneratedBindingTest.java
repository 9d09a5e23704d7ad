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
    void absentSlotsWriteNothing() {
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
}
