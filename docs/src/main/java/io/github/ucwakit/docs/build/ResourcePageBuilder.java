package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Resource;
import java.util.ArrayList;
import java.util.List;

/** The page of one resource: every fact of its descriptor, then an example payload in JSON and XML. */
final class ResourcePageBuilder {

    private final ApiModel model;
    private final References references;
    private final ExamplePayloads examples;
    private final JavaNaming java;

    ResourcePageBuilder(ApiModel model, References references, ExamplePayloads examples, JavaNaming java) {
        this.model = model;
        this.references = references;
        this.examples = examples;
        this.java = java;
    }

    Page build(PageId id, Resource resource) {
        PageBuilder page = new PageBuilder(id, PageKind.RESOURCE, resource.name());
        page.paragraph(SourceNote.of("Resource", resource.sourceFile()));
        java.resourceClass(resource.name()).ifPresent(type -> page.paragraph(List.of(
                new Inline.Strong("Java:"), new Inline.Text(" class "), new Inline.Code(type),
                new Inline.Text(", read and written by "), new Inline.Code(java.bindingClass(resource.name()).orElseThrow()),
                new Inline.Text("."))));
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
                List.of("Name", "Type", "Java", "Description"),
                resource.properties().stream()
                        .map(p -> List.of(Cells.code(p.name()), references.type(p.type()),
                                Cells.code(java.property(resource.name(), p.name())), Cells.text(p.description())))
                        .toList());
    }

    private void links(PageBuilder page, Resource resource) {
        if (resource.links().isEmpty()) {
            return;
        }
        page.heading(2, "Links");
        page.table(
                List.of("Rel", "Target", "Cardinality", "Java", "Description"),
                resource.links().stream()
                        .map(l -> List.of(
                                Cells.code(l.rel()),
                                Cells.of(references.resource(l.target())),
                                Cells.cardinality(l.array()),
                                Cells.codes(java.link(resource.name(), l.rel()),
                                        java.linkConstant(resource.name(), l.rel())),
                                Cells.text(l.description())))
                        .toList());
    }

    private void embedded(PageBuilder page, Resource resource) {
        if (resource.embedded().isEmpty()) {
            return;
        }
        page.heading(2, "Embedded resources");
        page.table(
                List.of("Key", "Rel", "Cardinality", "Java", "Description"),
                resource.embedded().stream()
                        .map(e -> List.of(
                                Cells.code(e.key()),
                                Cells.of(references.resource(e.rel())),
                                Cells.cardinality(e.array()),
                                Cells.code(java.embedded(resource.name(), e.key())),
                                Cells.text(e.description())))
                        .toList());
    }

    private void events(PageBuilder page, Resource resource) {
        if (resource.events().isEmpty()) {
            return;
        }
        page.heading(2, "Events");
        List<String> constants = java.events(resource.name());
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (int i = 0; i < resource.events().size(); i++) {
            Event e = resource.events().get(i);
            rows.add(List.of(
                    Cells.code(e.type()),
                    Cells.text(e.priority()),
                    Cells.of(references.resource(e.sender())),
                    Cells.code(constants.get(i)),
                    Cells.text(e.description())));
        }
        page.table(List.of("Type", "Priority", "Sender", "Java", "Description"), rows);
    }

    private void operations(PageBuilder page, Resource resource) {
        if (resource.operations().isEmpty()) {
            return;
        }
        page.heading(2, "Operations");
        List<String> constants = java.operations(resource.name());
        for (int i = 0; i < resource.operations().size(); i++) {
            Operation operation = resource.operations().get(i);
            page.heading(3, operation.method());
            page.paragraph(List.of(new Inline.Strong("Java:"), new Inline.Text(" "), new Inline.Code(constants.get(i)),
                    new Inline.Text(" (its request, response and error table).")));
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
