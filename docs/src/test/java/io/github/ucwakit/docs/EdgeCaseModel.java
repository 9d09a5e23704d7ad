package io.github.ucwakit.docs;

import static io.github.ucwakit.docs.Models.AT;
import static io.github.ucwakit.docs.Models.enumRef;
import static io.github.ucwakit.docs.Models.enumeration;
import static io.github.ucwakit.docs.Models.link;
import static io.github.ucwakit.docs.Models.listOf;
import static io.github.ucwakit.docs.Models.parameter;
import static io.github.ucwakit.docs.Models.property;
import static io.github.ucwakit.docs.Models.scalar;
import static io.github.ucwakit.docs.Models.string;

import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.Type;
import java.util.List;

/**
 * A model that exercises what the conversation set does not: every list type, array links and embedded resources,
 * undescribed targets, a resource embedding itself, request parameters, markup characters in text, and page names
 * that collide (a resource named {@code index}, an enumeration named like a resource but for case).
 */
final class EdgeCaseModel {

    /** Text full of characters that mean something in Markdown or HTML. */
    static final String TRICKY = "Uses `code`, *stars*, _under_, <b>tags</b>, a | pipe, &amp; entities,"
            + " [brackets](x.md), #hash, \\backslash and ~~strike~~.";

    private EdgeCaseModel() {}

    static ApiModel model() {
        return new ApiModel(
                List.of(index(), meeting(), participant()),
                List.of(
                        enumeration("Empty", "An enumeration without members."),
                        enumeration("Mode", "1. Not a list item.", "Fast", "Slow"),
                        enumeration("Participant", "Named like a resource but for case.", "Only")));
    }

    private static Resource meeting() {
        return new Resource(
                AT,
                "nested/meeting.yaml",
                "meeting",
                "- Not a bullet.\n" + TRICKY,
                List.of(
                        property("tags", listOf(string()), "Tags."),
                        property("counts", listOf(scalar(Type.Kind.INT)), "Counts."),
                        property("sizes", listOf(scalar(Type.Kind.LONG)), "Sizes."),
                        property("flags", listOf(scalar(Type.Kind.BOOLEAN)), "Flags."),
                        property("times", listOf(scalar(Type.Kind.DATE)), "Times."),
                        property("modes", listOf(enumRef("Mode")), "Modes."),
                        property("empty", enumRef("Empty"), "A value of an enumeration without members."),
                        property("size", scalar(Type.Kind.LONG), "A long."),
                        property("tricky", string(), TRICKY)),
                List.of(
                        link("self", "Itself."),
                        link("participant", "participant", true, "Every participant."),
                        link("organizer", "person", false, "Who organised it; no descriptor describes a person.")),
                List.of(
                        new Embedded(AT, "participant", "participant", true, "The participants, embedded."),
                        new Embedded(AT, "organizer", "person", false, "The organizer, embedded."),
                        new Embedded(AT, "parent", "meeting", false, "A meeting embedding a meeting.")),
                List.of(new Event(AT, "updated", "Medium", "participant", TRICKY)),
                List.of(
                        new Operation(AT, "POST", "Starts a meeting.",
                                List.of(
                                        parameter("to", string(), true, "Whom to invite."),
                                        parameter("mode", enumRef("Mode"), false, "How fast."),
                                        parameter("modes", listOf(enumRef("Mode")), false, "Every mode.")),
                                "participant", 201, List.of()),
                        new Operation(AT, "PUT", "Replaces a meeting.", List.of(), null, null, List.of()),
                        new Operation(AT, "POST", "A second POST.", List.of(), "person", null, List.of())),
                List.of());
    }

    private static Resource participant() {
        return new Resource(
                AT,
                "participant.yaml",
                "participant",
                "A participant.",
                List.of(property("name", string(), "The name."), property("mode", enumRef("Mode"), "Its mode.")),
                List.of(link("self", "Itself.")),
                List.of(),
                List.of(
                        new Event(AT, "added", "High", "meeting", "Added."),
                        new Event(AT, "deleted", null, null, "Deleted; no priority or sender stated.")),
                List.of(),
                List.of());
    }

    private static Resource index() {
        return new Resource(AT, "index.yaml", "index", "A resource whose name is the index's.", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
