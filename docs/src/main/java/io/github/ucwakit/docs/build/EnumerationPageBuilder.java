package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import io.github.ucwakit.docs.page.Page;
import io.github.ucwakit.docs.page.PageId;
import io.github.ucwakit.docs.page.PageKind;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The page of one enumeration: its description, its members, and the properties and parameters typed by it. */
final class EnumerationPageBuilder {

    private final ApiModel model;
    private final References references;
    private final JavaNaming java;

    EnumerationPageBuilder(ApiModel model, References references, JavaNaming java) {
        this.model = model;
        this.references = references;
        this.java = java;
    }

    Page build(PageId id, Enumeration enumeration) {
        PageBuilder page = new PageBuilder(id, PageKind.ENUMERATION, enumeration.name());
        page.paragraph(SourceNote.of("Enumeration", enumeration.sourceFile()));
        java.enumerationClass(enumeration.name()).ifPresent(type -> page.paragraph(List.of(
                new Inline.Strong("Java:"), new Inline.Text(" class "), new Inline.Code(type),
                new Inline.Text("; a value it does not know is kept, with isKnown() false."))));
        page.prose(enumeration.description());
        page.heading(2, "Members");
        if (enumeration.members().isEmpty()) {
            page.paragraph("The descriptor lists no members.");
        } else {
            List<String> constants = java.constants(enumeration.name());
            List<List<List<Inline>>> rows = new ArrayList<>();
            for (int i = 0; i < enumeration.members().size(); i++) {
                EnumMember member = enumeration.members().get(i);
                rows.add(List.of(Cells.code(member.name()), Cells.code(constants.get(i)),
                        Cells.text(member.description())));
            }
            page.table(List.of("Value", "Java", "Description"), rows);
        }
        List<List<List<Inline>>> uses = uses(enumeration.name());
        if (!uses.isEmpty()) {
            page.heading(2, "Used by");
            page.table(List.of("Resource", "Where", "Type"), uses);
        }
        return page.build();
    }

    private List<List<List<Inline>>> uses(String enumeration) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<Resource> resources = model.resources().stream().sorted(Comparator.comparing(Resource::name)).toList();
        for (Resource resource : resources) {
            for (Property property : resource.properties()) {
                if (refersTo(property.type(), enumeration)) {
                    rows.add(use(resource, "property ", property.name(), property.type()));
                }
            }
            for (Operation operation : resource.operations()) {
                for (Parameter parameter : operation.parameters()) {
                    if (refersTo(parameter.type(), enumeration)) {
                        rows.add(use(resource, operation.method() + " parameter ", parameter.name(), parameter.type()));
                    }
                }
            }
        }
        return rows;
    }

    private List<List<Inline>> use(Resource resource, String where, String name, Type type) {
        return List.of(
                Cells.of(references.resource(resource.name())),
                List.of(new Inline.Text(where), new Inline.Code(name)),
                references.type(type));
    }

    private static boolean refersTo(Type type, String enumeration) {
        if (type instanceof Type.ListOf list) {
            return refersTo(list.element(), enumeration);
        }
        return type instanceof Type.EnumRef ref && ref.name().equals(enumeration);
    }
}
