package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * One named member of a generated resource or request-body class: its field, accessor and builder setter share
 * the name. The class, its builder and its value methods are all emitted from the same list of members.
 *
 * @param name the field, accessor and setter name
 * @param valueType the value's type; for a list or an optional, the element's
 * @param presence for a list, the {@code hasX} method; otherwise {@code null}
 * @param adder for a list of links or embedded resources, the builder's {@code addX} method; otherwise {@code null}
 * @param rel for a link or a list of links, the rel every link given to the builder must have; otherwise
 *     {@code null}
 * @param inherited whether the accessor implements a method of {@code UcwaResource} or {@code RequestInput}
 * @param javadoc the accessor's documentation, possibly empty
 */
record Member(
        String name, Shape shape, TypeName valueType, String presence, String adder, String rel, boolean inherited,
        CodeBlock javadoc) {

    /** How a member is held and exposed. */
    enum Shape {
        /** {@code null} when absent, returned as is (scalar and enumeration properties). */
        VALUE,
        /** {@code null} when absent, returned as an {@code Optional} (single links and embedded resources). */
        OPTIONAL,
        /** {@code null} when absent, returned as an empty list then (lists, array links, array embedded). */
        LIST,
        /** Never {@code null}: {@code unknownMembers}. */
        UNKNOWN_MEMBERS
    }

    /** The type of the field, in the class and in the builder: {@code @Nullable} but for unknown members. */
    TypeName fieldType() {
        TypeName type = shape == Shape.LIST ? RuntimeTypes.listOf(valueType) : valueType;
        return shape == Shape.UNKNOWN_MEMBERS ? type : Nullness.nullable(type);
    }

    /** The accessor's return type: {@code @Nullable} for a value. */
    TypeName accessorType() {
        return switch (shape) {
            case VALUE -> Nullness.nullable(valueType);
            case UNKNOWN_MEMBERS -> valueType;
            case OPTIONAL -> RuntimeTypes.optionalOf(valueType);
            case LIST -> RuntimeTypes.listOf(valueType);
        };
    }

    /** The field as the code of a method of the class names it: {@code this.} when a local of that name hides it. */
    CodeBlock field(String... locals) {
        for (String local : locals) {
            if (local.equals(name)) {
                return CodeBlock.of("this.$N", name);
            }
        }
        return CodeBlock.of("$N", name);
    }
}
