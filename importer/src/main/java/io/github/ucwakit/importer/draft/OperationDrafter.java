package io.github.ucwakit.importer.draft;

import io.github.ucwakit.importer.infer.Methods;
import io.github.ucwakit.importer.infer.ParsedSample;
import io.github.ucwakit.importer.infer.Reviews;
import io.github.ucwakit.importer.read.ErrorEntry;
import io.github.ucwakit.importer.read.OperationSection;
import io.github.ucwakit.importer.read.ResourcePage;
import io.github.ucwakit.importer.read.ResponseStatement;
import io.github.ucwakit.importer.sample.SampleRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Drafts the operations of a resource: description, request parameters, the response resource the page states
 * (checked against the response samples, except for the page's own resource, whose rel is checked once for the
 * whole resource), the success status of the response samples, and the error rows.
 */
final class OperationDrafter {

    private final DraftContext context;
    private final ParameterDrafter parameters;

    OperationDrafter(DraftContext context) {
        this.context = context;
        this.parameters = new ParameterDrafter(context);
    }

    List<DraftOperation> draft(ResourcePage page) {
        List<DraftOperation> operations = new ArrayList<>();
        Set<String> methods = new HashSet<>();
        for (OperationSection operation : page.operations()) {
            if (!Methods.isDescribable(operation.method())) {
                context.sink().warn(page.file().at(operation.line()), "operation " + operation.method()
                        + " skipped: descriptors describe GET, POST, PUT and DELETE");
                continue;
            }
            if (!methods.add(operation.method())) {
                context.sink().warn(page.file().at(operation.line()), "operation " + operation.method()
                        + " described again; the repeated section is ignored");
                continue;
            }
            operations.add(draft(page, operation));
        }
        return operations;
    }

    private DraftOperation draft(ResourcePage page, OperationSection operation) {
        List<ParsedSample> samples = context.collector().samples(operation);
        Reviews reviews = new Reviews();
        String response = response(page, operation.response(), samples, reviews);
        Integer status = status(samples, reviews);
        return new DraftOperation(operation.method(), reviews.joined(), operation.description(),
                parameters.draft(page, operation, samples), response, status, errors(page, operation));
    }

    private static String response(ResourcePage page, ResponseStatement statement, List<ParsedSample> samples,
            Reviews reviews) {
        List<String> sampled = samples.stream()
                .filter(s -> s.text().role() == SampleRole.RESPONSE)
                .flatMap(s -> s.payload().stream())
                .map(r -> r.rel())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        String stated = switch (statement.kind()) {
            case SELF -> page.name();
            case RESOURCES -> statement.rels().get(0);
            case NONE, UNSTATED -> null;
        };
        if (statement.kind() == ResponseStatement.Kind.RESOURCES && statement.rels().size() > 1) {
            reviews.add("the Response body lists several resources (" + String.join(", ", statement.rels())
                    + "); the first is kept");
        }
        if (stated == null) {
            if (!sampled.isEmpty()) {
                reviews.add("the page states no response body; the response samples return " + sampled.get(0));
                return sampled.get(0);
            }
            return null;
        }
        boolean ownResource = statement.kind() == ResponseStatement.Kind.SELF;
        if (!ownResource && !sampled.isEmpty() && !sampled.contains(stated)) {
            reviews.add("the response samples carry rel " + String.join(", ", sampled) + ", the page states "
                    + stated);
        }
        return stated;
    }

    private static Integer status(List<ParsedSample> samples, Reviews reviews) {
        List<Integer> statuses = samples.stream()
                .filter(s -> s.text().role() == SampleRole.RESPONSE)
                .flatMap(s -> s.text().statusCode().stream())
                .distinct()
                .toList();
        if (statuses.size() > 1) {
            reviews.add("response samples disagree on the status (" + statuses.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + "); the first is kept");
        }
        return statuses.isEmpty() ? null : statuses.get(0);
    }

    /**
     * The error rows; a row repeating the error, code and subcode of an earlier one (the reference lists some
     * errors once per cause) is merged into it, its description appended, with a warning.
     */
    private List<DraftError> errors(ResourcePage page, OperationSection operation) {
        Map<String, DraftError> errors = new LinkedHashMap<>();
        for (ErrorEntry row : operation.errors()) {
            int code;
            try {
                code = Integer.parseInt(row.code().strip());
            } catch (NumberFormatException e) {
                context.sink().warn(page.file().at(row.line()),
                        "error row with code '" + row.code() + "', not an HTTP status; the row is ignored");
                continue;
            }
            String key = row.error() + " " + code + " " + row.subcode();
            DraftError first = errors.get(key);
            if (first == null) {
                errors.put(key, new DraftError(row.error(), code, row.subcode(), row.description()));
                continue;
            }
            context.sink().warn(page.file().at(row.line()), "error row '" + key
                    + "' listed again; its description is merged into the first row");
            errors.put(key, new DraftError(first.error(), first.code(), first.subcode(),
                    merged(first.description(), row.description())));
        }
        return new ArrayList<>(errors.values());
    }

    private static String merged(String first, String next) {
        if (next == null || next.equals(first) || (first != null && first.contains(next))) {
            return first;
        }
        return first == null ? next : first + " " + next;
    }
}
