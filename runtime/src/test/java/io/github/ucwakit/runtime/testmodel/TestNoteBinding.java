package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.GeneratedBinding;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaEnums;
import io.github.ucwakit.runtime.UnknownMembers;

/** Reads and writes {@link TestNote} the way generated bindings do: only what is the note's own. */
public final class TestNoteBinding extends GeneratedBinding<TestNote, TestNote.Builder> {

    public static final TestNoteBinding INSTANCE = new TestNoteBinding();

    private TestNoteBinding() {
        super(TestNote.REL, TestNote.class);
    }

    @Override
    protected TestNote.Builder newBuilder() {
        return new TestNote.Builder();
    }

    @Override
    protected TestNote build(TestNote.Builder builder, UnknownMembers unknownMembers) {
        builder.unknownMembers = unknownMembers;
        return builder.build();
    }

    @Override
    protected boolean readProperty(ResourceReader reader, TestNote.Builder builder) {
        switch (reader.name()) {
            case "text" -> builder.text = reader.readString();
            case "modalities" -> builder.modalities = UcwaEnums.enumsOf(reader.readStringList(), Modality::of);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected boolean readLink(ResourceReader reader, TestNote.Builder builder) {
        if (reader.inArray()) {
            return false;
        }
        switch (reader.name()) {
            case "self" -> builder.self = reader.readLink();
            case "edit" -> builder.editLink = reader.readSingleLink();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected boolean readEmbedded(ResourceReader reader, TestNote.Builder builder) {
        if (!reader.inArray() && (reader.name().equals("author") || reader.name().equals("participant"))) {
            builder.author = TestParticipantBinding.INSTANCE.read(reader.readSingleEmbedded("author"));
            return true;
        }
        return false;
    }

    @Override
    protected Link self(TestNote resource) {
        return resource.self;
    }

    @Override
    protected void writeLinks(TestNote resource, ResourceWriter writer) {
        writer.link("edit", resource.editLink);
        resource.unknownMembers().writeLinks(writer);
    }

    @Override
    protected void writeProperties(TestNote resource, ResourceWriter writer) {
        writer.stringProperty("text", resource.text);
        writer.enumListProperty("modalities", resource.modalities);
        resource.unknownMembers().writeProperties(writer);
    }

    @Override
    protected void writeEmbedded(TestNote resource, ResourceWriter writer) {
        writer.embedded("author", TestParticipantBinding.INSTANCE, resource.author);
        resource.unknownMembers().writeEmbedded(writer);
    }
}
