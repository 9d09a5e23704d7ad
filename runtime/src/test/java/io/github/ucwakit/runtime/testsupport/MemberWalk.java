package io.github.ucwakit.runtime.testsupport;

import io.github.ucwakit.runtime.ResourceReader;
import java.util.ArrayList;
import java.util.List;

/** Lists the members a reader reports, without reading any value: {@code "LINK participant[]"}. */
public final class MemberWalk {

    private MemberWalk() {}

    public static List<String> members(ResourceReader reader) {
        List<String> members = new ArrayList<>();
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            members.add(member + " " + reader.name() + (reader.inArray() ? "[]" : ""));
        }
        return members;
    }
}
