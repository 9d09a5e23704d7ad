package io.github.ucwakit.schema.naming;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names generated code keeps for itself. A member (property or embedded accessor, parameter) may not take a member
 * name of the generated classes; a resource or enumeration may not generate a class named like a type the
 * generated code uses; no generated file may carry a name Windows reserves for a device.
 */
public final class ReservedNames {

    /** The class listing every binding of a generated package. */
    public static final String GENERATED_BINDINGS = "GeneratedBindings";

    private static final Map<String, String> MEMBERS = members();
    private static final Map<String, String> TYPES = types();
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ReservedNames() {}

    /**
     * What a member name is already used for in generated classes ({@code "a method of the generated class"}, ...),
     * or empty when it is free. Compared exactly: Java names are case-sensitive.
     */
    public static Optional<String> member(String javaName) {
        return Optional.ofNullable(MEMBERS.get(javaName));
    }

    /** The type generated code means by a simple class name ({@code java.lang.System}, ...), or empty. */
    public static Optional<String> type(String className) {
        return Optional.ofNullable(TYPES.get(className));
    }

    /** Whether Windows refuses a file of this base name (CON, AUX, COM1, ...), in any case and any extension. */
    public static boolean isWindowsDevice(String baseName) {
        return WINDOWS_DEVICES.contains(baseName.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        for (String method : new String[] {"rel", "self", "builder", "toBuilder", "build", "unknownMembers", "links",
                "equals", "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize",
                "of", "values", "value", "isKnown", "set"}) {
            members.put(method, "a method of the generated class");
        }
        members.put("NAMES", "a constant of the generated class");
        members.put("writeTo", "a method of the generated input class");
        for (String root : new String[] {"java", "javax", "io", "com", "org"}) {
            members.put(root, "a package root that qualified names in generated code start with");
        }
        members.put("REL", "a constant of the generated class");
        members.put("INSTANCE", "the constant of the generated binding class");
        return Map.copyOf(members);
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String lang : new String[] {"Object", "String", "System", "Integer", "Long", "Boolean", "Class",
                "Override"}) {
            types.put(lang, "java.lang." + lang);
        }
        for (String util : new String[] {"List", "Map", "Optional", "Objects"}) {
            types.put(util, "java.util." + util);
        }
        for (String runtime : new String[] {"Link", "UcwaResource", "UcwaEnum", "UnknownMembers", "GenericResource",
                "UcwaDateTime", "ResourceReader", "ResourceWriter", "ResourceBinding", "BindingProvider", "MemberLists",
                "ValueText"}) {
            types.put(runtime, "io.github.ucwakit.runtime." + runtime);
        }
        types.put(GENERATED_BINDINGS, "the generated class that lists every binding");
        types.put("Builder", "the builder nested in every generated resource class");
        types.put("Known", "the enum of known values nested in every generated enumeration class");
        types.put("Nullable", "org.jspecify.annotations.Nullable");
        types.put("NullMarked", "org.jspecify.annotations.NullMarked");
        return Map.copyOf(types);
    }
}
