package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * One field of a generated resource class and how it is stored, exposed and built; the class, builder and value
 * methods are all emitted from the same list of slots.
 *
 * @param name the field, accessor and setter name
 * @param valueType the value's type; for a list or an optional, the element's
 * @param presence for a list, the {@code hasX} method; otherwise {@code null}
 * @param adder for a list of links or embedded resources, the builder's {@code addX} method; otherwise {@code null}
 * @param inherited whether the accessor implements a method of {@code UcwaResource}
 * @param javadoc the accessor's documentation, possibly empty
 */
record Slot(
        String name, Shape shape, TypeName valueType, String presence, String adder, boolean inherited,
        CodeBlock javadoc) {

    /** How a slot is stored and exposed. */
    enum Shape {
        /** Nullable, returned as is (scalar and enumeration properties). */
        VALUE,
        /** Nullable, returned as an {@code Optional} (single links and embedded resources, the self link). */
        OPTIONAL,
        /** Nullable when absent, returned as an empty list then (lists, array links, array embedded). */
        LIST,
        /** Never null; {@code unknownMembers}. */
        UNKNOWN_MEMBERS
    }

    /** The type of the field, in the class and in the builder. */
    TypeName fieldType() {
        return shape == Shape.LIST ? RuntimeTypes.listOf(valueType) : valueType;
    }

    /** The accessor's return type. */
    TypeName accessorType() {
        return switch (shape) {
            case VALUE, UNKNOWN_MEMBERS -> valueType;
            case OPTIONAL -> RuntimeTypes.optionalOf(valueType);
            case LIST -> RuntimeTypes.listOf(valueType);
        };
    }
}
