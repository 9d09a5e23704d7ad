package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.MemberLists;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.List;
import java.util.Optional;

/**
 * A test resource with named members the way generated classes hold theirs: self, a text, a list of modalities,
 * an edit link, an author (embedded), unknown members.
 */
public final class TestNote implements UcwaResource {

    public static final String REL = "note";

    final Link self;
    final String text;
    final List<Modality> modalities;
    final Link editLink;
    final TestParticipant author;
    final UnknownMembers unknownMembers;

    private TestNote(Builder builder) {
        this.self = builder.self;
        this.text = builder.text;
        this.modalities = MemberLists.copy(builder.modalities);
        this.editLink = builder.editLink;
        this.author = builder.author;
        this.unknownMembers = builder.unknownMembers;
    }

    public static TestNote of(Link self, String text, List<Modality> modalities, Link edit, TestParticipant author,
            UnknownMembers unknown) {
        Builder builder = new Builder();
        builder.self = self;
        builder.text = text;
        builder.modalities = modalities;
        builder.editLink = edit;
        builder.author = author;
        builder.unknownMembers = unknown;
        return builder.build();
    }

    @Override
    public String rel() {
        return REL;
    }

    @Override
    public Optional<Link> self() {
        return Optional.ofNullable(self);
    }

    public String text() {
        return text;
    }

    public List<Modality> modalities() {
        return modalities != null ? modalities : List.of();
    }

    public Optional<Link> editLink() {
        return Optional.ofNullable(editLink);
    }

    public Optional<TestParticipant> author() {
        return Optional.ofNullable(author);
    }

    @Override
    public UnknownMembers unknownMembers() {
        return unknownMembers;
    }

    /** Fills a note; its fields are set by the binding of the same package. */
    public static final class Builder {
        Link self;
        String text;
        List<Modality> modalities;
        Link editLink;
        TestParticipant author;
        UnknownMembers unknownMembers = UnknownMembers.empty();

        TestNote build() {
            return new TestNote(this);
        }
    }
}
