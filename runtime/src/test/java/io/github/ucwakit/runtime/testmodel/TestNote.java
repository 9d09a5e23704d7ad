package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceSlots;
import io.github.ucwakit.runtime.SlotValue;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.List;
import java.util.Optional;

/**
 * A test resource stored in slots the way generated classes store theirs: self, a text, a list of modalities, an
 * edit link, an author (embedded), unknown members.
 */
public final class TestNote extends SlotValue implements UcwaResource {

    public static final String REL = "note";

    static final int SELF = 0;
    static final int TEXT = 1;
    static final int MODALITIES = 2;
    static final int EDIT = 3;
    static final int AUTHOR = 4;

    private static final String[] NAMES = {"self", "text", "modalities", "editLink", "author", "unknownMembers"};

    private TestNote(Object[] values) {
        super(NAMES, values);
    }

    public static TestNote of(Link self, String text, List<Modality> modalities, Link edit, TestParticipant author,
            UnknownMembers unknown) {
        return new TestNote(new Object[] {self, text, ResourceSlots.copy(modalities), edit, author, unknown});
    }

    @Override
    public String rel() {
        return REL;
    }

    @Override
    public Optional<Link> self() {
        return Optional.ofNullable((Link) values[SELF]);
    }

    public String text() {
        return (String) values[TEXT];
    }

    public List<Modality> modalities() {
        return ResourceSlots.list(values[MODALITIES]);
    }

    public boolean hasModalities() {
        return values[MODALITIES] != null;
    }
}
