package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.GeneratedBinding;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;

/** Writes {@link TestNote} the way generated bindings write: slots read through the base class's helpers. */
public final class TestNoteBinding extends GeneratedBinding<TestNote> {

    public static final TestNoteBinding INSTANCE = new TestNoteBinding();

    private TestNoteBinding() {
        super(TestNote.REL, TestNote.class);
    }

    @Override
    public TestNote read(ResourceReader reader) {
        throw new UnsupportedOperationException("only written in tests");
    }

    @Override
    protected Link self(TestNote resource) {
        return link(resource, TestNote.SELF);
    }

    @Override
    protected void writeLinks(TestNote resource, ResourceWriter writer) {
        writer.link("edit", link(resource, TestNote.EDIT));
        resource.unknownMembers().writeLinks(writer);
    }

    @Override
    protected void writeProperties(TestNote resource, ResourceWriter writer) {
        writer.stringProperty("text", resource.text());
        if (resource.hasModalities()) {
            writer.enumListProperty("modalities", resource.modalities());
        }
        resource.unknownMembers().writeProperties(writer);
    }

    @Override
    protected void writeEmbedded(TestNote resource, ResourceWriter writer) {
        writer.embedded("author", TestParticipantBinding.INSTANCE, embedded(resource, TestNote.AUTHOR));
        resource.unknownMembers().writeEmbedded(writer);
    }
}
