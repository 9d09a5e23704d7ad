package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Resource;
import java.util.ArrayList;
import java.util.List;

/** The page of one resource: every fact of its descriptor, then an example payload in JSON and XML. */
final class ResourcePageBuilder {

    private final ApiModel model;
    private final References references;
    private final ExamplePayloads examples;

    ResourcePageBuilder(ApiModel model, References references, ExamplePayloads examples) {
        this.model = model;
        this.references = references;
        this.examples = examples;
    }

    Page build(PageId id, Resource resource) {
        PageBuilder page = new PageBuilder(id, PageKind.RESOURCE, resource.name());
        page.paragraph(SourceNote.of("Resource", resource.sourceFile()));
        page.prose(resource.description());
        properties(page, resource);
        links(page, resource);
        embedded(page, resource);
        events(page, resource);
        operations(page, resource);
        scopes(page, resource);
        example(page, resource);
        return page.build();
    }

    private void properties(PageBuilder page, Resource resource) {
        if (resource.properties().isEmpty()) {
            return;
        }
        page.heading(2, "Properties");
        page.table(
                List.of("Name", "Type", "Description"),
                resource.properties().stream()
                        .map(p -> List.of(Cells.code(p.name()), references.type(p.type()), Cells.text(p.description())))
                        .toList());
    }

    private void links(PageBuilder page, Resource resource) {
        if (resource.links().isEmpty()) {
            return;
        }
        page.heading(2, "Links");
        page.table(
                List.of("Rel", "Target", "Cardinality", "Description"),
                resource.links().stream()
                        .map(l -> List.of(
                                Cells.code(l.rel()),
                                Cells.of(references.resource(l.target())),
                                Cells.cardinality(l.array()),
                                Cells.text(l.description())))
                        .toList());
    }

    private void embedded(PageBuilder page, Resource resource) {
        if (resource.embedded().isEmpty()) {
            return;
        }
        page.heading(2, "Embedded resources");
        page.table(
                List.of("Key", "Rel", "Cardinality", "Description"),
                resource.embedded().stream()
                        .map(e -> List.of(
                                Cells.code(e.key()),
                                Cells.of(references.resource(e.rel())),
                                Cells.cardinality(e.array()),
                                Cells.text(e.description())))
                        .toList());
    }

    private void events(PageBuilder page, Resource resource) {
        if (resource.events().isEmpty()) {
            return;
        }
        page.heading(2, "Events");
        page.table(
                List.of("Type", "Priority", "Sender", "Description"),
                resource.events().stream()
                        .map(e -> List.of(
                                Cells.code(e.type()),
                                Cells.text(e.priority()),
                                Cells.of(references.resource(e.sender())),
                                Cells.text(e.description())))
                        .toList());
    }

    private void operations(PageBuilder page, Resource resource) {
        if (resource.operations().isEmpty()) {
            return;
        }
        page.heading(2, "Operations");
        for (Operation operation : resource.operations()) {
            page.heading(3, operation.method());
            page.prose(operation.description());
            request(page, operation);
            page.paragraph(response(operation));
            errors(page, operation);
        }
    }

    private void request(PageBuilder page, Operation operation) {
        if (operation.parameters().isEmpty()) {
            page.paragraph(List.of(new Inline.Strong("Request body:"), new Inline.Text(" none.")));
            return;
        }
        page.paragraph(List.of(new Inline.Strong("Request body parameters:")));
        page.table(
                List.of("Name", "Type", "Required", "Description"),
                operation.parameters().stream()
                        .map(p -> List.of(
                                Cells.code(p.name()),
                                references.type(p.type()),
                                Cells.text(p.required() ? "yes" : "no"),
                                Cells.text(p.description())))
                        .toList());
    }

    private List<Inline> response(Operation operation) {
        List<Inline> line = new ArrayList<>();
        line.add(new Inline.Strong("Response:"));
        String status = operation.status() == null ? "" : " status " + operation.status() + ",";
        if (operation.response() == null) {
            line.add(new Inline.Text(status + " no body."));
        } else {
            line.add(new Inline.Text(status + " body "));
            line.add(references.resource(operation.response()));
            line.add(new Inline.Text("."));
        }
        return line;
    }

    private void errors(PageBuilder page, Operation operation) {
        if (operation.errors().isEmpty()) {
            page.paragraph(List.of(new Inline.Strong("Errors:"), new Inline.Text(" none specific to this operation.")));
            return;
        }
        page.paragraph(List.of(new Inline.Strong("Errors:")));
        page.table(
                List.of("Error", "Code", "Subcode", "Description"),
                operation.errors().stream()
                        .map(e -> List.of(
                                Cells.code(e.error()),
                                Cells.text(Integer.toString(e.code())),
                                Cells.code(e.subcode()),
                                Cells.text(e.description())))
                        .toList());
    }

    private void scopes(PageBuilder page, Resource resource) {
        if (resource.scopes().isEmpty()) {
            return;
        }
        page.heading(2, "Scopes");
        page.paragraph("Operations on this resource are allowed with at least one of these Azure Active Directory"
                + " scopes.");
        page.table(
                List.of("Name", "Permission", "Description"),
                resource.scopes().stream()
                        .map(s -> List.of(
                                Cells.code(s.name()), Cells.text(s.permission()), Cells.text(s.description())))
                        .toList());
    }

    private void example(PageBuilder page, Resource resource) {
        ExamplePayloads.Example example = examples.of(model, resource);
        page.heading(2, "Example");
        page.paragraph("A representation with a placeholder value for every property, link and embedded resource,"
                + " as the ucwakit runtime writes it.");
        page.heading(3, "JSON");
        page.code("json", example.json());
        page.heading(3, "XML");
        page.code("xml", example.xml());
    }
}
