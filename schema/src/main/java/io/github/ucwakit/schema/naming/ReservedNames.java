package io.github.ucwakit.schema.naming;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names generated code keeps for itself, the one list that validation checks descriptors against and that the
 * generator escapes. A member (property, link or embedded accessor, parameter, enumeration constant) may not take
 * the name of a member the generated classes define themselves; a resource or enumeration may not generate a class
 * named like a type the generated code uses; no generated file may carry a name Windows reserves for a device.
 *
 * <p>When the shape of the generated classes changes, {@code generatedMembersByUse()} changes with it: the generator's
 * {@code ReservedMembersTest} compiles generated classes and names every member missing here or listed in vain.
 */
public final class ReservedNames {

    /** The class listing every binding of a generated package. */
    public static final String GENERATED_BINDINGS = "GeneratedBindings";

    /**
     * The fields and methods that generated resources, request inputs, enumerations and their builders define or
     * inherit (from the runtime types they extend and from {@link Object}), besides those named from a descriptor,
     * each with what it is, for messages. Listed in {@code generatedMembersByUse()}.
     */
    private static final Map<String, String> GENERATED_MEMBERS = generatedMembersByUse();

    /** Package roots: a member named {@code java} would hide {@code java.util.List} from generated code. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "io", "com", "org");

    private static final Map<String, String> TYPES = types();
    private static final Set<String> TYPES_LOWER_CASE = TYPES.keySet().stream()
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ReservedNames() {}

    /** The member names generated classes define for themselves. */
    public static Set<String> generatedMembers() {
        return GENERATED_MEMBERS.keySet();
    }

    /**
     * What a member name is already used for in generated code ({@code "a method of java.lang.Object"}, ...),
     * or empty when it is free. Keywords are not listed here ({@link JavaNames#isKeyword}). Compared exactly: Java
     * names are case-sensitive.
     */
    public static Optional<String> member(String javaName) {
        String use = GENERATED_MEMBERS.get(javaName);
        if (use != null) {
            return Optional.of(use);
        }
        if (PACKAGE_ROOTS.contains(javaName)) {
            return Optional.of("the package root '" + javaName + "' that generated code refers to");
        }
        return Optional.empty();
    }

    /** Whether a member name cannot be used as it is: a keyword, a literal, or a name generated code keeps. */
    public static boolean isReservedMember(String javaName) {
        return JavaNames.isKeyword(javaName) || member(javaName).isPresent();
    }

    /** The type generated code means by a simple class name ({@code java.lang.System}, ...), or empty. */
    public static Optional<String> type(String className) {
        return Optional.ofNullable(TYPES.get(className));
    }

    /**
     * Whether a top-level class name cannot be used: a keyword, a type generated code uses, a Windows device.
     * Compared without regard to case, since a class becomes a file and some file systems do not tell
     * {@code Generatedbindings.java} from {@code GeneratedBindings.java}.
     */
    public static boolean isReservedClass(String className) {
        String lower = className.toLowerCase(Locale.ROOT);
        return JavaNames.isKeyword(lower) || TYPES_LOWER_CASE.contains(lower) || isWindowsDevice(className);
    }

    /** Whether Windows refuses a file of this base name (CON, AUX, COM1, ...), in any case and any extension. */
    public static boolean isWindowsDevice(String baseName) {
        return WINDOWS_DEVICES.contains(baseName.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> generatedMembersByUse() {
        Map<String, String> members = new LinkedHashMap<>();
        reserve(members, "a member of the generated classes or their builders",
                "REL", "rel", "self", "builder", "toBuilder", "build", "unknownMembers");
        reserve(members, "a method of the generated request input", "writeTo");
        reserve(members, "a member of the generated enumeration class", "of", "value", "values", "isKnown", "known",
                "UNLISTED");
        reserve(members, "a method of java.lang.Object",
                "equals", "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");
        return Map.copyOf(members);
    }

    private static void reserve(Map<String, String> members, String use, String... names) {
        for (String name : names) {
            members.put(name, use);
        }
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String lang : new String[] {"Object", "String", "System", "Integer", "Long", "Boolean", "Class",
                "Override", "Math", "Character", "Enum", "Record", "Void", "Iterable", "Exception",
                "RuntimeException", "Error", "Throwable", "Deprecated", "SuppressWarnings", "FunctionalInterface",
                "SafeVarargs", "Thread", "Runtime", "StringBuilder", "IllegalStateException",
                "IllegalArgumentException", "NullPointerException"}) {
            types.put(lang, "java.lang." + lang);
        }
        for (String util : new String[] {"List", "ArrayList", "Map", "Optional", "Objects", "Arrays"}) {
            types.put(util, "java.util." + util);
        }
        types.put("Function", "java.util.function.Function");
        for (String runtime : new String[] {"Link", "UcwaResource", "UcwaEnum", "UcwaEnums", "OpenEnum",
                "UnknownMembers", "GenericResource", "UcwaDateTime", "ResourceReader", "ResourceWriter",
                "ResourceBinding", "GeneratedBinding", "GeneratedReader", "BindingProvider", "PropertyValue",
                "PayloadFormat", "MemberLists", "ValueText", "InputBinding", "GeneratedInputBinding", "RequestInput",
                "InputWriter", "HttpMethod", "LinkTo"}) {
            types.put(runtime, "io.github.ucwakit.runtime." + runtime);
        }
        types.put("Member", "io.github.ucwakit.runtime.ResourceReader.Member");
        for (String events : new String[] {"EventType", "EventPriority", "EventDescription", "EventCatalog"}) {
            types.put(events, "io.github.ucwakit.runtime.events." + events);
        }
        for (String errors : new String[] {"ErrorEntry", "ErrorCatalog", "GenericErrors"}) {
            types.put(errors, "io.github.ucwakit.runtime.errors." + errors);
        }
        types.put("OperationDescription", "io.github.ucwakit.runtime.operations.OperationDescription");
        types.put(GENERATED_BINDINGS, "the generated class that lists every binding");
        types.put("Builder", "the builder nested in every generated resource class");
        types.put("Known", "the enum of known values nested in every generated enumeration class");
        types.put("Nullable", "org.jspecify.annotations.Nullable");
        types.put("NullMarked", "org.jspecify.annotations.NullMarked");
        return Map.copyOf(types);
    }
}
