package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.ResourcePlan;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The Javadoc of a resource class: its description, then every event, operation (method, status, response,
 * request parameters, errors) and scope of the descriptor, so that nothing the descriptor says is lost.
 */
final class ResourceDocs {

    private final NamingPlan plan;

    ResourceDocs(NamingPlan plan) {
        this.plan = plan;
    }

    CodeBlock classDoc(ResourcePlan resourcePlan) {
        Resource resource = resourcePlan.resource();
        StringBuilder doc = new StringBuilder();
        if (Docs.present(resource.description())) {
            doc.append(Docs.text(resource.description())).append("\n\n<p>");
        }
        doc.append("Resource ").append(Docs.code(resource.name())).append(", read and written by {@link ")
                .append(resourcePlan.bindingName().simpleName()).append("}.\n");
        if (!resource.events().isEmpty()) {
            section(doc, "Events");
            resource.events().forEach(e -> doc.append("  <li>").append(event(e)).append("</li>\n"));
            doc.append("</ul>\n");
        }
        if (!resource.operations().isEmpty()) {
            section(doc, "Operations");
            resource.operations().forEach(o -> operation(doc, o));
            doc.append("</ul>\n");
        }
        if (!resource.scopes().isEmpty()) {
            section(doc, "Scopes");
            resource.scopes().forEach(s -> doc.append("  <li>").append(scope(s)).append("</li>\n"));
            doc.append("</ul>\n");
        }
        return Docs.javadoc(doc.toString());
    }

    private static void section(StringBuilder doc, String title) {
        doc.append("\n<h2>").append(title).append("</h2>\n<ul>\n");
    }

    private static String event(Event event) {
        return Docs.code(event.type()) + ", priority " + Docs.text(event.priority()) + ", sent by "
                + Docs.code(event.sender()) + described(event.description());
    }

    private void operation(StringBuilder doc, Operation operation) {
        doc.append("  <li>").append(Docs.code(operation.method()));
        if (operation.status() != null) {
            doc.append(", status ").append(operation.status());
        }
        if (operation.response() != null) {
            doc.append(", response ").append(resourceReference(operation.response()));
        }
        doc.append(described(operation.description())).append('\n');
        List<String> rows = new ArrayList<>();
        operation.parameters().forEach(p -> rows.add(parameter(p)));
        operation.errors().forEach(e -> rows.add(error(e)));
        if (!rows.isEmpty()) {
            doc.append("    <ul>\n");
            rows.forEach(row -> doc.append("      <li>").append(row).append("</li>\n"));
            doc.append("    </ul>\n");
        }
        doc.append("  </li>\n");
    }

    private static String parameter(Parameter parameter) {
        return "request parameter " + Docs.code(parameter.name()) + " of type "
                + Docs.code(parameter.type().spelling()) + (parameter.required() ? ", required" : ", optional")
                + described(parameter.description());
    }

    private static String error(ErrorRow error) {
        return "error " + Docs.code(error.error()) + ", status " + error.code() + ", subcode "
                + Docs.code(error.subcode()) + described(error.description());
    }

    private static String scope(Scope scope) {
        return Docs.code(scope.name()) + (Docs.present(scope.permission()) ? ", " + Docs.text(scope.permission()) : "")
                + described(scope.description());
    }

    private String resourceReference(String rel) {
        return plan.resource(rel).map(r -> "{@link " + r.className().simpleName() + "}").orElse(Docs.code(rel));
    }

    private static String described(String description) {
        return Docs.present(description) ? ": " + Docs.text(description) : "";
    }
}
