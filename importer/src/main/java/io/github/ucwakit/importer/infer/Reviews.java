package io.github.ucwakit.importer.infer;

import java.util.ArrayList;
import java.util.List;

/** Collects the reasons a node needs review, in order, without repeats. */
public final class Reviews {

    private final List<String> reasons = new ArrayList<>();

    public void add(String reason) {
        if (reason != null && !reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    /** The reasons joined with {@code "; "}, or {@code null} when there is none. */
    public String joined() {
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
