package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.InputWriter;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.List;
import java.util.Objects;

/** A hand-written input of the shape the generator emits: a required string, a list, a link parameter. */
public record TestInviteInput(String to, List<Integer> priorities, Link mediaOffer, UnknownMembers unknownMembers)
        implements RequestInput {

    public TestInviteInput {
        if (to == null) {
            throw new IllegalStateException("TestInviteInput needs 'to'");
        }
        unknownMembers = Objects.requireNonNull(unknownMembers, "unknownMembers");
    }

    @Override
    public void writeTo(InputWriter writer) {
        writer.stringParameter("to", to);
        writer.intListParameter("priorities", priorities);
        writer.linkParameter("mediaOffer", mediaOffer);
    }
}
