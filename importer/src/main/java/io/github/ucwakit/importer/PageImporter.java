package io.github.ucwakit.importer;

import io.github.ucwakit.importer.draft.DraftContext;
import io.github.ucwakit.importer.draft.DraftEnumeration;
import io.github.ucwakit.importer.draft.DraftMerger;
import io.github.ucwakit.importer.draft.DraftResource;
import io.github.ucwakit.importer.draft.EnumerationDrafter;
import io.github.ucwakit.importer.draft.ResourceDrafter;
import io.github.ucwakit.importer.infer.EnumerationCatalog;
import io.github.ucwakit.importer.infer.EvidenceCollector;
import io.github.ucwakit.importer.infer.TypeInferrer;
import io.github.ucwakit.importer.page.PageFolder;
import io.github.ucwakit.importer.page.PageKind;
import io.github.ucwakit.importer.page.PageLinkResolver;
import io.github.ucwakit.importer.read.EnumerationPage;
import io.github.ucwakit.importer.read.EnumerationPageReader;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.read.ResourcePageReader;
import io.github.ucwakit.importer.read.TableEntry;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.importer.write.DescriptorOutput;
import io.github.ucwakit.importer.write.DescriptorTree;
import io.github.ucwakit.importer.write.OverrideFolder;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Imports a folder of UCWA reference pages into descriptors: one per resource page and per enumeration page,
 * typed from the evidence of every sample of the folder, plus one per resource that samples show (embedded, or
 * returned by an operation) but no page describes, drafted from those samples; with the hand-written overrides
 * applied, each written only when its bytes change.
 *
 * <p>Whatever the pages hold, the import never writes a descriptor that fails validation: repeated table rows are
 * merged, two pages for one resource are merged ({@link SamePages}), a page that cannot be read is left out
 * ({@link PageIsolation}), and anything else the validator would refuse is left out by
 * {@link io.github.ucwakit.importer.write.DescriptorGuard}; each with a warning.
 */
public final class PageImporter {

    public ImportResult importFolder(ImportOptions options) throws IOException {
        DiagnosticSink sink = new DiagnosticSink();
        PageFolder folder = PageFolder.scan(options.pagesDirectory());
        PageLinkResolver links = new PageLinkResolver(folder, sink);
        PageIsolation isolation = new PageIsolation(sink);
        EnumerationPageReader enumerationReader = new EnumerationPageReader(sink);
        List<EnumerationPage> enumerations = new ArrayList<>();
        for (String file : folder.fileNames(PageKind.ENUMERATION)) {
            isolation.attempt(file, () -> enumerationReader.read(folder.read(file))).ifPresent(enumerations::add);
        }
        ResourcePageReader resourceReader = new ResourcePageReader(links, sink);
        EvidenceCollector collector = new EvidenceCollector(sink);
        List<ResourcePage> resources = new ArrayList<>();
        for (String file : folder.fileNames(PageKind.RESOURCE)) {
            isolation.attempt(file, () -> collector.collect(resourceReader.read(folder.read(file))))
                    .ifPresent(resources::add);
        }
        DraftContext context = new DraftContext(links, collector,
                new TypeInferrer(catalog(enumerations)), summaries(resources), sink);
        ResourceDrafter drafter = new ResourceDrafter(context);
        OverrideFolder overrides = options.overrides().isPresent()
                ? OverrideFolder.read(options.overrides().get(), sink) : OverrideFolder.none();
        DescriptorOutput output = new DescriptorOutput(options.outputDirectory(), overrides, sink);
        SamePages same = new SamePages(name -> !collector.evidence().of(name).foreignRels().isEmpty(), sink);

        Map<String, DraftEnumeration> enumerationDrafts = new TreeMap<>();
        for (EnumerationPage page : enumerations) {
            isolation.attempt(page.file().fileName(), () -> EnumerationDrafter.draft(page))
                    .ifPresent(draft -> enumerationDrafts.put(page.name(), draft));
        }
        for (List<String> group : same.groups(enumerationDrafts.keySet())) {
            DraftEnumeration kept = enumerationDrafts.get(group.get(0));
            for (String other : group.subList(1, group.size())) {
                DraftMerger merger = new DraftMerger();
                kept = merger.merge(kept, enumerationDrafts.remove(other));
                same.warn(group.get(0), other, merger);
            }
            enumerationDrafts.put(group.get(0), kept);
        }
        Map<String, DraftResource> resourceDrafts = new TreeMap<>();
        for (ResourcePage page : resources) {
            isolation.attempt(page.file().fileName(), () -> drafter.draft(page))
                    .ifPresent(draft -> resourceDrafts.put(page.name(), draft));
        }
        for (List<String> group : same.groups(resourceDrafts.keySet())) {
            DraftResource kept = resourceDrafts.get(group.get(0));
            for (String other : group.subList(1, group.size())) {
                DraftMerger merger = new DraftMerger();
                kept = merger.merge(kept, resourceDrafts.remove(other));
                same.warn(group.get(0), other, merger);
            }
            resourceDrafts.put(group.get(0), kept);
        }

        enumerationDrafts.forEach((name, draft) -> output.stage(name, DescriptorTree.of(draft),
                DescriptorShape.ENUMERATION, page(name)));
        resourceDrafts.forEach((name, draft) -> output.stage(name, DescriptorTree.of(draft),
                DescriptorShape.RESOURCE, page(name)));
        for (String rel : withoutPage(collector, enumerations, resources, isolation.leftOut())) {
            isolation.attempt(rel + ".yaml", () -> drafter.draftFromSamples(rel))
                    .ifPresent(draft -> output.stage(rel, DescriptorTree.of(draft), DescriptorShape.RESOURCE,
                            SourceLocation.ofFile(rel + ".yaml")));
        }
        output.finish();
        output.reportUnusedOverrides();
        List<ReviewMark> marks = output.reviews().stream()
                .map(r -> new ReviewMark(r.descriptor(), r.node(), r.reason())).toList();
        return new ImportResult(output.written(), output.unchanged(), sink.sorted(), marks);
    }

    private static SourceLocation page(String name) {
        return SourceLocation.ofFile(name + "_ref.md");
    }

    /**
     * The rels samples show that no page describes: not a page's name (ignoring case), not a rel some page's
     * own samples carry in place of the page's name (that page describes it), and not the name of a page left out
     * as unreadable (its descriptor is left out, not drafted from other pages' samples). Sorted.
     */
    private static List<String> withoutPage(EvidenceCollector collector, List<EnumerationPage> enumerations,
            List<ResourcePage> resources, Set<String> leftOutFiles) {
        Set<String> described = new TreeSet<>();
        enumerations.forEach(page -> described.add(page.name().toLowerCase(Locale.ROOT)));
        for (ResourcePage page : resources) {
            described.add(page.name().toLowerCase(Locale.ROOT));
            collector.evidence().of(page.name()).foreignRels()
                    .forEach(rel -> described.add(rel.toLowerCase(Locale.ROOT)));
        }
        for (String file : leftOutFiles) {
            if (file.endsWith("_ref.md")) {
                described.add(file.substring(0, file.length() - "_ref.md".length()).toLowerCase(Locale.ROOT));
            }
        }
        return collector.evidence().resources().stream()
                .filter(rel -> !described.contains(rel.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static EnumerationCatalog catalog(List<EnumerationPage> enumerations) {
        Map<String, List<String>> members = new TreeMap<>();
        for (EnumerationPage page : enumerations) {
            members.put(page.name(), page.members().stream().map(TableEntry::name).toList());
        }
        return new EnumerationCatalog(members);
    }

    private static Map<String, String> summaries(List<ResourcePage> resources) {
        Map<String, String> summaries = new TreeMap<>();
        for (ResourcePage page : resources) {
            if (page.summary() != null) {
                summaries.put(page.name(), page.summary());
            }
        }
        return summaries;
    }
}
