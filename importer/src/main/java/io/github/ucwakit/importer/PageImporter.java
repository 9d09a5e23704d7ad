package io.github.ucwakit.importer;

import io.github.ucwakit.importer.draft.DraftContext;
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
import io.github.ucwakit.schema.vocabulary.DescriptorShape;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
public final class PageImporter {

    public ImportResult importFolder(ImportOptions options) throws IOException {
        DiagnosticSink sink = new DiagnosticSink();
        PageFolder folder = PageFolder.scan(options.pagesDirectory());
        PageLinkResolver links = new PageLinkResolver(folder, sink);
        List<EnumerationPage> enumerations;
        List<ResourcePage> resources;
        try {
            EnumerationPageReader enumerationReader = new EnumerationPageReader(sink);
            enumerations = folder.fileNames(PageKind.ENUMERATION).stream()
                    .map(f -> enumerationReader.read(folder.read(f))).toList();
            ResourcePageReader resourceReader = new ResourcePageReader(links, sink);
            resources = folder.fileNames(PageKind.RESOURCE).stream()
                    .map(f -> resourceReader.read(folder.read(f))).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        EvidenceCollector collector = new EvidenceCollector(sink).collect(resources);
        DraftContext context = new DraftContext(links, collector,
                new TypeInferrer(catalog(enumerations)), summaries(resources), sink);
        ResourceDrafter drafter = new ResourceDrafter(context);
        OverrideFolder overrides = options.overrides().isPresent()
                ? OverrideFolder.read(options.overrides().get(), sink) : OverrideFolder.none();
        DescriptorOutput output = new DescriptorOutput(options.outputDirectory(), overrides, sink);
        for (EnumerationPage page : enumerations) {
            output.write(page.name(), DescriptorTree.of(EnumerationDrafter.draft(page)), DescriptorShape.ENUMERATION);
        }
        for (ResourcePage page : resources) {
            output.write(page.name(), DescriptorTree.of(drafter.draft(page)), DescriptorShape.RESOURCE);
        }
        for (String rel : withoutPage(collector, enumerations, resources)) {
            output.write(rel, DescriptorTree.of(drafter.draftFromSamples(rel)), DescriptorShape.RESOURCE);
        }
        output.reportUnusedOverrides();
        List<ReviewMark> marks = output.reviews().stream()
                .map(r -> new ReviewMark(r.descriptor(), r.node(), r.reason())).toList();
        return new ImportResult(output.written(), output.unchanged(), sink.sorted(), marks);
    }

    /**
     * The rels samples show that no page describes: not a page's name (ignoring case) and not a rel some page's
     * own samples carry in place of the page's name (that page describes it). Sorted.
     */
    private static List<String> withoutPage(EvidenceCollector collector, List<EnumerationPage> enumerations,
            List<ResourcePage> resources) {
        Set<String> described = new TreeSet<>();
        enumerations.forEach(page -> described.add(page.name().toLowerCase(Locale.ROOT)));
        for (ResourcePage page : resources) {
            described.add(page.name().toLowerCase(Locale.ROOT));
            collector.evidence().of(page.name()).foreignRels()
                    .forEach(rel -> described.add(rel.toLowerCase(Locale.ROOT)));
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
