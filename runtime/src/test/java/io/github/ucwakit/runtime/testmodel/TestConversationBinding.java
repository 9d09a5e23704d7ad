package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.List;

/**
 * The binding of {@link TestConversation}, written the way the generator writes bindings: single links and the
 * single embedded {@code messaging} read as single members, the {@code participant} links and embedded resources
 * as lists.
 */
public final class TestConversationBinding implements ResourceBinding<TestConversation> {

    public static final TestConversationBinding INSTANCE = new TestConversationBinding();

    @Override
    public String rel() {
        return TestConversation.REL;
    }

    @Override
    public Class<TestConversation> type() {
        return TestConversation.class;
    }

    @Override
    public TestConversation read(ResourceReader reader) {
        TestConversation.Builder b = TestConversation.builder();
        UnknownMembers.Builder unknown = UnknownMembers.builder();
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            switch (member) {
                case PROPERTY -> readProperty(reader, b, unknown);
                case LINK -> {
                    // a single link given in a JSON array is not the binding's
                    switch (reader.inArray() && !reader.name().equals("participant") ? "" : reader.name()) {
                        case "self" -> b.selfLink = reader.readLink();
                        case "participants" -> b.participantsLink = reader.readSingleLink();
                        case "messaging" -> b.messagingLink = reader.readSingleLink();
                        case "participant" -> b.addParticipantLink(reader.readLink());
                        default -> unknown.readLink(reader);
                    }
                }
                case EMBEDDED -> {
                    switch (reader.inArray() && !reader.name().equals("participant") ? "" : reader.name()) {
                        case "messaging" -> b.messaging = GenericResource.BINDING.read(
                                reader.readSingleEmbedded("messaging"));
                        case "participant" -> b.addParticipant(TestParticipantBinding.INSTANCE.read(
                                reader.readEmbedded()));
                        default -> unknown.readEmbedded(reader);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return b.unknownMembers(unknown.readRelOnWire(reader).build()).build();
    }

    private static void readProperty(ResourceReader reader, TestConversation.Builder b,
            UnknownMembers.Builder unknown) {
        switch (reader.name()) {
            case "activeModalities" -> {
                List<String> values = reader.readStringList();
                b.activeModalities = values == null ? null : values.stream().map(Modality::of).toList();
            }
            case "created" -> b.created = reader.readDate();
            case "expirationTime" -> b.expirationTime = reader.readDate();
            case "importance" -> b.importance = reader.readString();
            case "participantCount" -> b.participantCount = reader.readInt();
            case "readLocally" -> b.readLocally = reader.readBoolean();
            case "recording" -> b.recording = reader.readBoolean();
            case "sequenceNumber" -> b.sequenceNumber = reader.readLong();
            case "state" -> b.state = reader.readString();
            case "subject" -> b.subject = reader.readString();
            case "threadId" -> b.threadId = reader.readString();
            default -> unknown.readProperty(reader);
        }
    }

    @Override
    public void write(TestConversation resource, ResourceWriter writer) {
        resource.unknownMembers().beginResource(writer, TestConversation.REL, resource.selfLink());
        writer.link(resource.participantsLink());
        writer.link(resource.messagingLink());
        writer.links("participant", resource.participantLinks());
        resource.unknownMembers().writeLinks(writer);
        writer.stringListProperty("activeModalities", resource.activeModalities() == null ? null
                : resource.activeModalities().stream().map(Modality::value).toList());
        writer.dateProperty("created", resource.created());
        writer.dateProperty("expirationTime", resource.expirationTime());
        writer.stringProperty("importance", resource.importance());
        writer.intProperty("participantCount", resource.participantCount());
        writer.booleanProperty("readLocally", resource.readLocally());
        writer.booleanProperty("recording", resource.recording());
        writer.longProperty("sequenceNumber", resource.sequenceNumber());
        writer.stringProperty("state", resource.state());
        writer.stringProperty("subject", resource.subject());
        writer.stringProperty("threadId", resource.threadId());
        resource.unknownMembers().writeProperties(writer);
        writer.embedded("messaging", GenericResource.BINDING, resource.messaging());
        writer.embeddedList("participant", TestParticipantBinding.INSTANCE, resource.participants());
        resource.unknownMembers().writeEmbedded(writer);
        writer.endResource();
    }
}
