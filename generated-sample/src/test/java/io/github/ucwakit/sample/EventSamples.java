package io.github.ucwakit.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The event-channel samples of the reference: the two event pages and the pages of the described resources. */
final class EventSamples {

    /** The pages of the resources the sample describes, each with the rel it describes. */
    static final List<String> RESOURCE_PAGES = List.of("conversation_ref.md", "messaging_ref.md",
            "participant_ref.md", "communication_ref.md", "addParticipant_ref.md", "message_ref.md", "events_ref.md");

    private EventSamples() {}

    /** Every JSON sample with a {@code sender} array and every XML sample of an {@code <events>} document. */
    static Stream<ReferencePage.Sample> all() {
        List<ReferencePage.Sample> samples = new ArrayList<>();
        Stream.concat(Stream.of("EventsInUCWA.md", "EventChannelDetails.md"), RESOURCE_PAGES.stream())
                .map(ReferencePage::load)
                .forEach(page -> page.samples().stream().filter(EventSamples::isEventSample).forEach(samples::add));
        return samples.stream();
    }

    /** The samples of the pages of described resources. */
    static Stream<ReferencePage.Sample> ofResourcePages() {
        return all().filter(sample -> RESOURCE_PAGES.contains(sample.page()));
    }

    /** The sample's body as JSON or XML the runtime can read: the elisions of abridged samples removed. */
    static String body(ReferencePage.Sample sample) {
        return sample.isXml() ? sample.body() : ElidedJson.repair(sample.body());
    }

    private static boolean isEventSample(ReferencePage.Sample sample) {
        return sample.isXml() ? sample.body().contains("<events") : sample.body().contains("\"sender\"");
    }
}
