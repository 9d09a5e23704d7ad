package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.InputBinding;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.List;

/** Reads {@link TestInviteInput} the way a generated input binding does. */
public final class TestInviteInputBinding implements InputBinding<TestInviteInput> {

    public static final TestInviteInputBinding INSTANCE = new TestInviteInputBinding();

    private TestInviteInputBinding() {}

    @Override
    public String resource() {
        return "invite";
    }

    @Override
    public HttpMethod method() {
        return HttpMethod.POST;
    }

    @Override
    public Class<TestInviteInput> type() {
        return TestInviteInput.class;
    }

    @Override
    public TestInviteInput read(ResourceReader reader) {
        String to = null;
        List<Integer> priorities = null;
        Link mediaOffer = null;
        UnknownMembers.Builder unknown = UnknownMembers.builder();
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            switch (member) {
                case PROPERTY -> {
                    switch (reader.name()) {
                        case "to" -> to = reader.readString();
                        case "priorities" -> priorities = reader.readIntList();
                        default -> unknown.readProperty(reader);
                    }
                }
                case LINK -> {
                    if (!reader.inArray() && reader.name().equals("mediaOffer")) {
                        mediaOffer = reader.readSingleLink();
                    } else {
                        unknown.readLink(reader);
                    }
                }
                case EMBEDDED -> unknown.readEmbedded(reader);
                default -> throw new IllegalStateException("unexpected member " + member);
            }
        }
        String readTo = to;
        List<Integer> readPriorities = priorities;
        Link readOffer = mediaOffer;
        return InputBinding.built(reader, () -> new TestInviteInput(readTo, readPriorities, readOffer,
                unknown.build()));
    }
}
