package io.github.ucwakit.schema.model;

/**
 * The type of a property or request parameter: a scalar, a named enumeration, or a list of either.
 * In a descriptor it is written {@code string}, {@code int}, {@code long}, {@code boolean}, {@code date},
 * an enumeration's name, or {@code list<T>}.
 */
public sealed interface Type permits Type.Scalar, Type.EnumRef, Type.ListOf {

    /** The descriptor spelling of this type, for messages and docs. */
    String spelling();

    /** The scalar kinds. */
    enum Kind {
        STRING("string"),
        INT("int"),
        LONG("long"),
        BOOLEAN("boolean"),
        DATE("date");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    /** A scalar type. */
    record Scalar(Kind kind) implements Type {
        @Override
        public String spelling() {
            return kind.spelling();
        }
    }

    /** A reference to an enumeration, checked to exist in the model. */
    record EnumRef(String name) implements Type {
        @Override
        public String spelling() {
            return name;
        }
    }

    /** A list; the element is a scalar or an enumeration, never a list. */
    record ListOf(Type element) implements Type {
        @Override
        public String spelling() {
            return "list<" + element.spelling() + ">";
        }
    }
}
