package io.github.ucwakit.docs.diagram;

import java.util.List;
import java.util.Objects;

/**
 * One lifeline of a sequence diagram.
 *
 * @param id how messages and notes name it
 * @param lines the text of its header box, the name first (a second line may say where it runs)
 */
public record Participant(String id, List<String> lines) {

    public Participant {
        Objects.requireNonNull(id, "id");
        lines = Texts.lines(lines, "participant " + id);
    }

    /** A participant whose header shows its name and, under it, a detail such as its host. */
    public static Participant of(String id, String name, String detail) {
        return new Participant(id, List.of(name, detail));
    }

    /** The participant's name, the first line of its header. */
    public String name() {
        return lines.get(0);
    }
}
