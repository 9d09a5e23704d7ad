package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.ErrorRowElement;
import io.github.ucwakit.schema.parse.Located;
import java.util.ArrayList;
import java.util.List;

/** An operation's status and each error row's code are HTTP statuses, 100 to 599. */
final class StatusCodeValidator implements Validator {

    private static final long LOWEST = 100;
    private static final long HIGHEST = 599;

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Diagnostic> found = new ArrayList<>();
        descriptors.resources().stream().flatMap(r -> r.operations().stream()).forEach(operation -> {
            check(operation.status(), "status", found);
            operation.errors().stream().map(ErrorRowElement::code).forEach(code -> check(code, "error code", found));
        });
        return found;
    }

    private static void check(Located<Long> code, String what, List<Diagnostic> found) {
        if (code != null && (code.value() < LOWEST || code.value() > HIGHEST)) {
            found.add(Diagnostic.error(code.location(),
                    what + " " + code.value() + " is not an HTTP status (" + LOWEST + " to " + HIGHEST + ")"));
        }
    }
}
