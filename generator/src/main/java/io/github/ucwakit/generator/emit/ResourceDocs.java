package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.OperationPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Javadoc of a resource class: its description, links to the classes that describe its events, operations and
 * errors (which hold them in full, so the class does not repeat them), the request parameters of operations that
 * have no request-body class, and the scopes of the descriptor; nothing the descriptor says is lost.
 */
final class ResourceDocs {

    /** The catalog of each resource that has one, by rel: looked up once per resource class. */
    private final Map<String, CatalogPlan> catalogs = new HashMap<>();

    ResourceDocs(NamingPlan plan) {
        plan.catalogs().forEach(c -> catalogs.putIfAbsent(c.resource().name(), c));
    }

    CodeBlock classDoc(ResourcePlan resourcePlan) {
        Resource resource = resourcePlan.resource();
        StringBuilder doc = new StringBuilder();
        if (Docs.present(resource.description())) {
            doc.append(Docs.text(resource.description())).append("\n\n<p>");
        }
        doc.append("Resource ").append(Docs.code(resource.name())).append(", read and written by {@link ")
                .append(resourcePlan.bindingName().simpleName()).append("}");
        Optional<CatalogPlan> catalog = Optional.ofNullable(catalogs.get(resource.name()));
        List<String> catalogs = new ArrayList<>();
        catalog.ifPresent(c -> {
            link(catalogs, "events", c.eventsClass());
            link(catalogs, "operations (with their error tables)", c.operationsClass());
        });
        if (!catalogs.isEmpty()) {
            doc.append("; ").append(String.join(", ", catalogs));
        }
        doc.append(".\n");
        catalog.ifPresent(c -> c.operations().stream()
                .filter(o -> o.inputPlan().isEmpty() && !o.operation().parameters().isEmpty())
                .forEach(o -> {
                    if (o.operation().method().equals("PUT")) {
                        replacement(doc, c, o);
                    } else {
                        parameters(doc, o);
                    }
                }));
        if (!resource.scopes().isEmpty()) {
            doc.append("\n<h2>Scopes</h2>\n<ul>\n");
            resource.scopes().forEach(s -> doc.append("  <li>").append(scope(s)).append("</li>\n"));
            doc.append("</ul>\n");
        }
        return Docs.javadoc(doc.toString());
    }

    private static void link(List<String> links, String what, ClassName type) {
        if (type != null) {
            links.add(what + " in {@link " + type.simpleName() + "}");
        }
    }

    /** The request parameters of an operation without a request-body class, which would document them. */
    /** A PUT whose parameters are all properties sends the resource itself. */
    private static void replacement(StringBuilder doc, CatalogPlan catalog, OperationPlan operation) {
        doc.append("\n<p>").append(operation.operation().method()).append(" sends this resource, the properties ")
                .append(operation.operation().parameters().stream().map(p -> Docs.code(p.name()))
                        .collect(Collectors.joining(", ")))
                .append(" changed: {@code ").append(catalog.operationsClass().simpleName()).append('.')
                .append(operation.constant()).append(".put(resource, etag, format, codec)}.\n");
    }

    private static void parameters(StringBuilder doc, OperationPlan operation) {
        doc.append("\n<h2>Request parameters of ").append(operation.operation().method()).append("</h2>\n<ul>\n");
        operation.operation().parameters().forEach(p -> doc.append("  <li>").append(parameter(p)).append("</li>\n"));
        doc.append("</ul>\n");
    }

    private static String parameter(Parameter parameter) {
        return Docs.code(parameter.name()) + " of type " + Docs.code(parameter.type().spelling())
                + (parameter.required() ? ", required" : ", optional") + described(parameter.description());
    }

    private static String scope(Scope scope) {
        return Docs.code(scope.name()) + (Docs.present(scope.permission()) ? ", " + Docs.text(scope.permission()) : "")
                + described(scope.description());
    }

    private static String described(String description) {
        return Docs.present(description) ? ": " + Docs.text(description) : "";
    }
}
