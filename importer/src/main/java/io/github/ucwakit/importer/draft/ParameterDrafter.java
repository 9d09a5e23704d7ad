package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.ParsedSample;
import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.infer.TypeChoice;
import io.github.ucwakit.importer.infer.TypeQuestion;
import io.github.ucwakit.importer.infer.TypeStatement;
import io.github.ucwakit.importer.read.OperationSection;
import io.github.ucwakit.importer.read.ParameterEntry;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.sample.PropertyUse;
import io.github.ucwakit.importer.sample.SampleResource;
import io.github.ucwakit.importer.sample.SampleRole;
import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drafts the request-body parameters of an operation: the rows of its Request body table, typed from the type
 * the row states and the request samples, then the fields only the request samples show (marked for review). A
 * row the request samples send as a link (the reference's {@code ExternalResource}, such as an SDP offer) is a
 * {@code link} parameter.
 */
final class ParameterDrafter {

    private final DraftContext context;

    ParameterDrafter(DraftContext context) {
        this.context = context;
    }

    List<DraftParameter> draft(ResourcePage page, OperationSection operation, List<ParsedSample> samples) {
        Map<String, List<PropertyUse>> uses = new LinkedHashMap<>();
        Set<String> sentAsLinks = new TreeSet<>();
        for (ParsedSample sample : samples) {
            if (sample.text().role() != SampleRole.REQUEST || sample.payload().isEmpty()) {
                continue;
            }
            SampleResource body = sample.payload().get();
            body.properties().forEach(p -> uses.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p));
            body.links().forEach(l -> sentAsLinks.add(l.rel()));
        }
        List<DraftParameter> parameters = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (ParameterEntry row : operation.request()) {
            if (!listed.add(row.name())) {
                continue;
            }
            TypeStatement.Split split = TypeStatement.split(row.description());
            List<String> named = NamedEnumerations.of(page.file(), row.line(), row.links(), context.links());
            TypeChoice type = context.types().infer(new TypeQuestion(row.name(), page.name(),
                    uses.getOrDefault(row.name(), List.of()), named, split.hint().orElse(null)));
            Reviews reviews = new Reviews();
            String spelling = type.spelling();
            if (sentAsLinks.contains(row.name())) {
                spelling = Type.Kind.LINK.spelling();
            } else {
                reviews.add(type.review());
            }
            parameters.add(new DraftParameter(row.name(), spelling, row.required(), reviews.joined(),
                    split.description()));
        }
        for (String name : new TreeSet<>(uses.keySet())) {
            if (listed.contains(name)) {
                continue;
            }
            TypeChoice type = context.types().infer(new TypeQuestion(name, page.name(), uses.get(name), List.of(),
                    null));
            Reviews reviews = new Reviews();
            reviews.add("not in the Request body table; seen in request samples");
            reviews.add(type.review());
            parameters.add(new DraftParameter(name, type.spelling(), false, reviews.joined(), null));
        }
        return parameters;
    }
}
