package io.github.ucwakit.docs;

import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Scope;
import io.github.ucwakit.schema.model.Type;
import java.util.Arrays;

/** Shorthands for building model nodes in tests. */
final class Models {

    static final SourceLocation AT = new SourceLocation("test.yaml", 1, 1);

    private Models() {}

    static Type string() {
        return new Type.Scalar(Type.Kind.STRING);
    }

    static Type scalar(Type.Kind kind) {
        return new Type.Scalar(kind);
    }

    static Type enumRef(String name) {
        return new Type.EnumRef(name);
    }

    static Type listOf(Type element) {
        return new Type.ListOf(element);
    }

    static Property property(String name, Type type, String description) {
        return new Property(AT, name, type, description);
    }

    static ResourceLink link(String rel, String description) {
        return new ResourceLink(AT, rel, rel, false, description);
    }

    static ResourceLink link(String rel, String target, boolean array, String description) {
        return new ResourceLink(AT, rel, target, array, description);
    }

    static ErrorRow error(String error, int code, String subcode, String description) {
        return new ErrorRow(AT, error, code, subcode, description);
    }

    static Parameter parameter(String name, Type type, boolean required, String description) {
        return new Parameter(AT, name, type, required, description);
    }

    static Scope scope(String name, String permission, String description) {
        return new Scope(AT, name, permission, description);
    }

    /** An enumeration whose members are described by their own names. */
    static Enumeration enumeration(String name, String description, String... members) {
        return new Enumeration(
                AT,
                name + ".yaml",
                name,
                description,
                Arrays.stream(members).map(m -> new EnumMember(AT, m, m + ".")).toList());
    }
}
