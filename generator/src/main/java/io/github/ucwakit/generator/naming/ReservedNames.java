package io.github.ucwakit.generator.naming;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names a descriptor may not take as they are: Java keywords and literals, and the names the generated code itself
 * uses. A reserved name gets a {@code _} suffix.
 */
public final class ReservedNames {

    /** Java keywords and literals, and the lone underscore. */
    static final Set<String> JAVA = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
            "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null",
            "_");

    /**
     * Members of generated classes and of {@link Object}, and the package roots a fully qualified name could start
     * with (a member named {@code java} would hide {@code java.util.List}).
     */
    static final Set<String> MEMBERS = Set.of(
            "rel", "self", "builder", "toBuilder", "build", "unknownMembers", "equals", "hashCode", "toString",
            "getClass", "wait", "notify", "notifyAll", "clone", "finalize", "REL", "INSTANCE", "of", "values",
            "value", "isKnown", "known", "UNLISTED", "java", "javax", "io", "com", "org");

    /** Simple names of the types generated code refers to, and the names of generated fixed classes. */
    static final Set<String> CLASSES = Set.of(
            "GeneratedBindings", "Builder", "Values", "Link", "Optional", "List", "ArrayList", "Objects", "Function",
            "String", "Object", "Integer", "Long", "Boolean", "Class", "Override", "System", "Math", "Character",
            "Enum", "Record", "Void", "Iterable", "Exception", "RuntimeException", "Error", "Throwable",
            "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Thread", "Runtime",
            "StringBuilder", "IllegalStateException", "IllegalArgumentException", "NullPointerException",
            "UcwaResource", "UcwaEnum", "UcwaEnums", "OpenEnum",
            "UcwaDateTime", "UnknownMembers", "GenericResource", "ResourceBinding",
            "ResourceReader", "ResourceWriter", "BindingProvider", "PropertyValue", "PayloadFormat", "Member",
            "EventType", "EventPriority", "EventDescription", "EventCatalog", "ErrorEntry", "ErrorCatalog",
            "OperationDescription", "HttpMethod", "RequestInput", "InputWriter", "Arrays", "MemberLists",
            "ValueText", "GeneratedReader", "GeneratedBinding", "GeneratedInputBinding", "Known", "Nullable",
            "NullMarked");

    private static final Set<String> CLASSES_LOWER =
            CLASSES.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** File names Windows refuses whatever the extension, compared without regard to case. */
    private static final Set<String> DEVICE_FILES = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ReservedNames() {}

    /** Whether a member name (method, field, enum constant) is reserved. */
    public static boolean isReservedMember(String name) {
        return JAVA.contains(name) || MEMBERS.contains(name);
    }

    /**
     * Whether a top-level class name is reserved. Compared without regard to case, since a class becomes a file and
     * some file systems do not tell {@code Generatedbindings.java} from {@code GeneratedBindings.java}.
     */
    public static boolean isReservedClass(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return JAVA.contains(lower) || CLASSES_LOWER.contains(lower) || DEVICE_FILES.contains(lower);
    }
}
