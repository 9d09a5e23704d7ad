package io.github.ucwakit.importer;

import io.github.ucwakit.importer.draft.DraftMerger;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.naming.JavaNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds pages that describe one resource (or enumeration) under two file names: names equal once made into the
 * Java class they generate, ignoring case ({@code myPresence}, {@code MyPresence}, {@code my-presence}), which
 * validation would refuse as two definitions of one name. The rule: the page whose own samples carry no rel but its
 * name is kept (the other is a copy whose samples carry the kept page's rel), else the first in sorted file-name
 * order; the others are merged into it ({@link DraftMerger}), each with a warning naming both pages.
 */
final class SamePages {

    private final Predicate<String> carriesOtherRels;
    private final DiagnosticSink sink;

    /** @param carriesOtherRels whether a page's own samples carry a rel other than its name */
    SamePages(Predicate<String> carriesOtherRels, DiagnosticSink sink) {
        this.carriesOtherRels = carriesOtherRels;
        this.sink = sink;
    }

    /** Groups of two or more names for one class, the kept name first; sorted. */
    List<List<String>> groups(Set<String> names) {
        Map<String, List<String>> byClass = new TreeMap<>();
        for (String name : new TreeSet<>(names)) {
            byClass.computeIfAbsent(JavaNames.className(name).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(name);
        }
        return byClass.values().stream()
                .filter(group -> group.size() > 1)
                .map(group -> group.stream()
                        .sorted(Comparator.comparing(carriesOtherRels::test)
                                .thenComparing(Comparator.naturalOrder()))
                        .toList())
                .toList();
    }

    /** Warns at the merged page, naming the kept one and what the merge added and left in conflict. */
    void warn(String kept, String merged, DraftMerger merger) {
        StringBuilder message = new StringBuilder("page describes the same ")
                .append("resource as ").append(kept).append("_ref.md (both would generate ")
                .append(JavaNames.className(kept)).append("); merged into ").append(kept)
                .append(".yaml, the page whose samples carry no other rel, else the first by file name");
        message.append(merger.added().isEmpty() ? "; it adds nothing"
                : "; it adds " + String.join(", ", merger.added()));
        if (!merger.conflicts().isEmpty()) {
            message.append("; where they differ ").append(kept).append("_ref.md is kept: ")
                    .append(String.join(", ", merger.conflicts()));
        }
        sink.warn(SourceLocation.ofFile(merged + "_ref.md"), message.toString());
    }
}
