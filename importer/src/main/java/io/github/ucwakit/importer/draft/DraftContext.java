package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.Evidence;
import io.github.ucwakit.importer.infer.EvidenceCollector;
import io.github.ucwakit.importer.infer.TypeInferrer;
import io.github.ucwakit.importer.page.PageLinkResolver;
import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.Map;

/**
 * What drafting a descriptor may consult beyond its own page: links to other pages, the folder's evidence, the
 * type inferrer, and the one-line summaries of the resource pages.
 */
public record DraftContext(
        PageLinkResolver links,
        EvidenceCollector collector,
        TypeInferrer types,
        Map<String, String> summaries,
        DiagnosticSink sink) {

    public DraftContext {
        summaries = Map.copyOf(summaries);
    }

    public Evidence evidence() {
        return collector.evidence();
    }
}
