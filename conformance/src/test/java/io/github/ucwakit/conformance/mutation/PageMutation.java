package io.github.ucwakit.conformance.mutation;

import java.util.Map;

/**
 * One mutation: what was done, and the folder to import it with.
 *
 * @param index the mutation's number in the run, which with the seed replays it
 * @param touched the pages the mutation changed or added, as it left them, by file name
 * @param folder the touched pages and the pages they link to, by file name
 * @param linesKept whether the mutation renamed in place and kept every line where it was
 */
record PageMutation(int index, MutationKind kind, String page, String description, Map<String, String> touched,
        Map<String, String> folder, boolean linesKept) {

    @Override
    public String toString() {
        return "#" + index + " " + kind + " on " + page + ": " + description;
    }
}
