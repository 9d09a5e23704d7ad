package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UnknownMembers;

/** The binding of {@link TestParticipant}, hand-written: links before properties, the order every writer takes. */
public final class TestParticipantBinding implements ResourceBinding<TestParticipant> {

    public static final TestParticipantBinding INSTANCE = new TestParticipantBinding();

    @Override
    public String rel() {
        return TestParticipant.REL;
    }

    @Override
    public Class<TestParticipant> type() {
        return TestParticipant.class;
    }

    @Override
    public TestParticipant read(ResourceReader reader) {
        Link self = null;
        String name = null;
        Boolean anonymous = null;
        UnknownMembers.Builder unknown = UnknownMembers.builder();
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            switch (member) {
                case PROPERTY -> {
                    switch (reader.name()) {
                        case "name" -> name = reader.readString();
                        case "anonymous" -> anonymous = reader.readBoolean();
                        default -> unknown.readProperty(reader);
                    }
                }
                case LINK -> {
                    if (reader.name().equals("self")) {
                        self = reader.readLink();
                    } else {
                        unknown.readLink(reader);
                    }
                }
                case EMBEDDED -> unknown.readEmbedded(reader);
                default -> throw new IllegalStateException();
            }
        }
        return new TestParticipant(self, name, anonymous, unknown.readRelOnWire(reader).build());
    }

    @Override
    public void write(TestParticipant resource, ResourceWriter writer) {
        resource.unknownMembers().beginResource(writer, TestParticipant.REL, resource.selfLink());
        resource.unknownMembers().writeLinks(writer);
        writer.stringProperty("name", resource.name());
        writer.booleanProperty("anonymous", resource.anonymous());
        resource.unknownMembers().writeProperties(writer);
        resource.unknownMembers().writeEmbedded(writer);
        writer.endResource();
    }
}
