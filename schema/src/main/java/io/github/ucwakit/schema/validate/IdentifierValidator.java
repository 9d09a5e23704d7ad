package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EmbeddedElement;
import io.github.ucwakit.schema.parse.LinkElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.OperationElement;
import io.github.ucwakit.schema.parse.PropertyElement;
import io.github.ucwakit.schema.parse.ResourceElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names can become identifiers and file names: resource and enumeration names start with a letter and hold only
 * letters, digits and {@code _}; property, link, embedded and parameter names hold no whitespace and no path
 * separator.
 */
final class IdentifierValidator implements Validator {

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern WHITESPACE_OR_SEPARATOR = Pattern.compile("[\\s/\\\\]");

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        List<Diagnostic> found = new ArrayList<>();
        descriptors.resources().forEach(r -> checkTypeName(r.name(), "resource", found));
        descriptors.enumerations().forEach(e -> checkTypeName(e.name(), "enumeration", found));
        for (ResourceElement resource : descriptors.resources()) {
            for (PropertyElement property : resource.properties()) {
                checkMemberName(property.name(), "property name", found);
            }
            for (LinkElement link : resource.links()) {
                checkMemberName(link.rel(), "link rel", found);
            }
            for (EmbeddedElement embedded : resource.embedded()) {
                checkMemberName(embedded.key(), "embedded key", found);
                checkMemberName(embedded.rel(), "embedded rel", found);
            }
            for (OperationElement operation : resource.operations()) {
                operation.request().forEach(p -> checkMemberName(p.name(), "parameter name", found));
            }
        }
        return found;
    }

    private static void checkTypeName(Located<String> name, String what, List<Diagnostic> found) {
        if (Describe.isPresent(name) && !TYPE_NAME.matcher(name.value()).matches()) {
            found.add(Diagnostic.error(name.location(), "invalid " + what + " name '" + name.value()
                    + "': it must start with a letter and hold only letters, digits and '_'"));
        }
    }

    private static void checkMemberName(Located<String> name, String what, List<Diagnostic> found) {
        if (Describe.isPresent(name) && WHITESPACE_OR_SEPARATOR.matcher(name.value()).find()) {
            found.add(Diagnostic.error(name.location(), "invalid " + what + " '" + name.value()
                    + "': it must hold no whitespace and no path separator ('/' or '\\')"));
        }
    }
}
