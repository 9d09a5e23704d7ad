package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.List;

/** Writes names of resources and types as links when the model describes them, as plain text otherwise. */
final class References {

    private final PageNames names;

    References(PageNames names) {
        this.names = names;
    }

    /** A resource's rel, linked to its page when a descriptor describes it; empty text for {@code null}. */
    Inline resource(String rel) {
        if (rel == null) {
            return new Inline.Text("");
        }
        return names.resource(rel).<Inline>map(page -> new Inline.PageLink(rel, page)).orElse(new Inline.Text(rel));
    }

    /** A type as the descriptor spells it, its enumeration linked: {@code list<}[ConversationModalityType]{@code >}. */
    List<Inline> type(Type type) {
        List<Inline> out = new ArrayList<>();
        appendType(type, out);
        return mergeText(out);
    }

    private void appendType(Type type, List<Inline> out) {
        if (type instanceof Type.ListOf list) {
            out.add(new Inline.Text("list<"));
            appendType(list.element(), out);
            out.add(new Inline.Text(">"));
        } else if (type instanceof Type.EnumRef ref) {
            out.add(names.enumeration(ref.name())
                    .<Inline>map(page -> new Inline.PageLink(ref.name(), page))
                    .orElse(new Inline.Text(ref.name())));
        } else {
            out.add(new Inline.Text(type.spelling()));
        }
    }

    private static List<Inline> mergeText(List<Inline> runs) {
        List<Inline> merged = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Inline.Text text
                    && !merged.isEmpty()
                    && merged.get(merged.size() - 1) instanceof Inline.Text previous) {
                merged.set(merged.size() - 1, new Inline.Text(previous.text() + text.text()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }
}
