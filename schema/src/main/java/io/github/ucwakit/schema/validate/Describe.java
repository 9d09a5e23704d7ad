package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.parse.EnumerationElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.ResourceElement;

/** Names elements and places in messages: {@code resource 'conversation'}, {@code line 3, column 5}. */
final class Describe {

    private Describe() {}

    static String resource(ResourceElement resource) {
        return named("resource", resource.name());
    }

    static String enumeration(EnumerationElement enumeration) {
        return named("enumeration", enumeration.name());
    }

    static String operation(OperationElement operation, ResourceElement resource) {
        return named("operation", operation.method()) + " of " + resource(resource);
    }

    static String named(String what, Located<String> name) {
        return name == null || name.value().isBlank() ? "an unnamed " + what : what + " '" + name.value() + "'";
    }

    /** Where {@code other} stands, seen from {@code here}: only line and column when in the same file. */
    static String where(SourceLocation other, SourceLocation here) {
        if (other.file().equals(here.file())) {
            return "line " + other.line() + ", column " + other.column();
        }
        return other.toString();
    }

    static boolean isPresent(Located<String> name) {
        return name != null && !name.value().isBlank();
    }
}
