package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the pages link to and how they read, on the edge-case model. */
class PageContentTest {

    @TempDir
    Path output;

    private Generated docs;

    @BeforeEach
    void generate() throws IOException {
        docs = Generated.of(EdgeCaseModel.model(), output);
    }

    @ParameterizedTest
    @EnumSource(DocsFormat.class)
    void describedNamesAreLinkedAndOthersArePlain(DocsFormat format) throws IOException {
        RenderedPage meeting = docs.resourcePage(format, "meeting");
        String ext = extension(format);
        assertThat(meeting.links()).contains(
                "Mode." + ext, "Empty." + ext, "participant." + ext, "meeting." + ext);
        assertThat(meeting.links()).noneMatch(link -> link.startsWith("person."));
        assertThat(meeting.rowsUnder("Links")).contains(
                List.of("participant", "participant", "array", "participantLinks(), MeetingLinks.PARTICIPANT",
                        "Every participant."),
                List.of("organizer", "person", "single", "organizerLink(), MeetingLinks.ORGANIZER",
                        "Who organised it; no descriptor describes a person."));
        assertThat(meeting.rowsUnder("Embedded resources")).contains(
                List.of("participant", "participant", "array", "participant()", "The participants, embedded."),
                List.of("parent", "meeting", "single", "parent()", "A meeting embedding a meeting."));
    }

    @ParameterizedTest
    @EnumSource(DocsFormat.class)
    void operationsTellTheirRequestAndResponse(DocsFormat format) throws IOException {
        RenderedPage meeting = docs.resourcePage(format, "meeting");
        assertThat(meeting.headings()).containsSubsequence("Operations", "POST", "PUT", "POST");
        assertThat(meeting.paragraphs()).contains(
                "Request body parameters:",
                "Response: status 201, body participant.",
                "Request body: none.",
                "Response: no body.",
                "Response: body person.",
                "Errors: none specific to this operation.");
    }

    @ParameterizedTest
    @EnumSource(DocsFormat.class)
    void anEnumerationPageListsWhereItIsUsed(DocsFormat format) throws IOException {
        assertThat(docs.enumerationPage(format, "Mode").rowsUnder("Used by")).containsExactly(
                List.of("meeting", "property modes", "list<Mode>"),
                List.of("meeting", "POST parameter mode", "Mode"),
                List.of("meeting", "POST parameter modes", "list<Mode>"),
                List.of("participant", "property mode", "Mode"));
        RenderedPage empty = docs.enumerationPage(format, "Empty");
        assertThat(empty.paragraphs()).contains("The descriptor lists no members.");
        assertThat(empty.rowsUnder("Members")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DocsFormat.class)
    void collidingNamesGetTheirOwnPages(DocsFormat format) throws IOException {
        assertThat(docs.file(format, "index-resource")).exists();
        assertThat(docs.file(format, "Participant-enumeration")).exists();
        assertThat(docs.page(format, "index").links())
                .contains("index-resource." + extension(format), "Participant-enumeration." + extension(format));
    }

    @ParameterizedTest
    @EnumSource(DocsFormat.class)
    void aResourcePageEndsWithItsExamples(DocsFormat format) throws IOException {
        RenderedPage meeting = docs.resourcePage(format, "meeting");
        assertThat(meeting.headings()).endsWith("Example", "JSON", "XML");
        assertThat(meeting.code("json")).hasSize(1);
        assertThat(meeting.code("xml")).hasSize(1);
    }

    private static String extension(DocsFormat format) {
        return format == DocsFormat.MARKDOWN ? "md" : "html";
    }
}
