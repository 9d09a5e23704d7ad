package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.schema.model.Type;

/**
 * Maps descriptor types to Java types and to the {@code ResourceReader}/{@code ResourceWriter} calls that carry
 * them. Enumerations travel as strings, converted by the runtime's {@code UcwaEnums}.
 */
final class TypeMapper {

    private final NamingPlan plan;

    TypeMapper(NamingPlan plan) {
        this.plan = plan;
    }

    /** The Java type of a value: boxed scalars, {@code UcwaDateTime}, the enumeration's class, {@code List<T>}. */
    TypeName javaType(Type type) {
        if (type instanceof Type.Scalar scalar) {
            return scalarType(scalar.kind());
        }
        if (type instanceof Type.EnumRef enumRef) {
            return plan.enumClass(enumRef.name());
        }
        return RuntimeTypes.listOf(javaType(element(type)));
    }

    /** The Java type of the elements of a list type. */
    TypeName elementType(Type listType) {
        return javaType(element(listType));
    }

    /**
     * An expression reading the current member of {@code reader} as {@code type}: a property, or for a
     * {@code link} parameter the current link.
     */
    CodeBlock read(Type type) {
        if (type instanceof Type.Scalar scalar) {
            return CodeBlock.of("reader.read$L()", method(scalar.kind()));
        }
        if (type instanceof Type.EnumRef) {
            return CodeBlock.of("$T.enumOf(reader.readString(), $T::of)", RuntimeTypes.UCWA_ENUMS,
                    javaType(type));
        }
        Type element = element(type);
        if (element instanceof Type.Scalar scalar) {
            return CodeBlock.of("reader.read$LList()", method(scalar.kind()));
        }
        return CodeBlock.of("$T.enumsOf(reader.readStringList(), $T::of)", RuntimeTypes.UCWA_ENUMS,
                javaType(element));
    }

    /** A statement writing {@code value} as the property {@code name} to {@code writer}. */
    CodeBlock write(Type type, String name, CodeBlock value) {
        if (type instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LProperty($S, $L);\n", scalar.kind().spelling(), name, value);
        }
        if (type instanceof Type.EnumRef) {
            return CodeBlock.of("writer.stringProperty($S, $T.wireValue($L));\n", name, RuntimeTypes.UCWA_ENUMS,
                    value);
        }
        Type element = element(type);
        if (element instanceof Type.Scalar scalar) {
            return CodeBlock.of("writer.$LListProperty($S, $L);\n", scalar.kind().spelling(), name, value);
        }
        return CodeBlock.of("writer.enumListProperty($S, $L);\n", name, value);
    }


    private static Type element(Type type) {
        Type element = ((Type.ListOf) type).element();
        if (element instanceof Type.ListOf) {
            throw new IllegalStateException("a list of lists reached the generator: " + type.spelling());
        }
        return element;
    }

    private static TypeName scalarType(Type.Kind kind) {
        return switch (kind) {
            case STRING -> RuntimeTypes.STRING;
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DATE -> RuntimeTypes.UCWA_DATE_TIME;
            case LINK -> RuntimeTypes.LINK;
        };
    }

    /** The part of a reader method's name for a scalar kind: {@code readString}, {@code readDateList}. */
    private static String method(Type.Kind kind) {
        return switch (kind) {
            case STRING -> "String";
            case INT -> "Int";
            case LONG -> "Long";
            case BOOLEAN -> "Boolean";
            case DATE -> "Date";
            case LINK -> "Link";
        };
    }
}
