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
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names can become identifiers and file names: resource and enumeration names start with a letter and hold only
 * letters, digits and {@code _} (the message names the worst offence first: a control character, {@code ..}, a path
 * separator, a character Windows refuses in file names); property, link, embedded and parameter names hold no
 * whitespace, no control character and no path separator.
 */
final class IdentifierValidator implements Validator {

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern WHITESPACE_OR_SEPARATOR = Pattern.compile("[\\s\\p{Cc}/\\\\]");
    private static final String WINDOWS_REFUSES = "<>:\"|?*";

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

    /** Whether a resource or enumeration name is usable as a class and a file name. */
    static boolean isTypeName(String name) {
        return TYPE_NAME.matcher(name).matches();
    }

    private static void checkTypeName(Located<String> name, String what, List<Diagnostic> found) {
        if (Describe.isPresent(name) && !isTypeName(name.value())) {
            found.add(Diagnostic.error(name.location(), "invalid " + what + " name '" + name.value() + "': "
                    + offence(name.value()) + "it must start with a letter and hold only letters, digits and '_'"));
        }
    }

    /** The worst reason a name cannot be a file name, followed by {@code "; "}, or an empty string. */
    private static String offence(String name) {
        int control = name.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
        if (control >= 0) {
            return String.format(Locale.ROOT, "it holds the control character U+%04X; ", control);
        }
        if (name.contains("..")) {
            return "it holds '..', which names a parent folder in a path; ";
        }
        int separator = name.codePoints().filter(c -> c == '/' || c == '\\').findFirst().orElse(-1);
        if (separator >= 0) {
            return "it holds the path separator '" + Character.toString(separator) + "'; ";
        }
        int refused = name.codePoints().filter(c -> WINDOWS_REFUSES.indexOf(c) >= 0).findFirst().orElse(-1);
        if (refused >= 0) {
            return "it holds '" + Character.toString(refused) + "', which Windows refuses in file names; ";
        }
        return "";
    }

    private static void checkMemberName(Located<String> name, String what, List<Diagnostic> found) {
        if (Describe.isPresent(name) && WHITESPACE_OR_SEPARATOR.matcher(name.value()).find()) {
            found.add(Diagnostic.error(name.location(), "invalid " + what + " '" + name.value()
                    + "': it must hold no whitespace, no control character and no path separator ('/' or '\\')"));
        }
    }
}
