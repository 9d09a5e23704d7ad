package io.github.ucwakit.schema.model;

/**
 * The type of a property or request parameter: a scalar, a named enumeration, or a list of either.
 * In a descriptor it is written {@code string}, {@code int}, {@code long}, {@code boolean}, {@code date},
 * an enumeration's name, or {@code list<T>}; a request parameter may also be a {@code link} (not in a list).
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
        DATE("date"),
        /**
         * A request parameter sent as a link (JSON {@code _links}, XML {@code <link>}), such as a {@code data:}
         * URI carrying an SDP offer or a message; the reference calls it {@code ExternalResource}. Never a
         * property's type nor a list's element: a resource's links are described as links.
         */
        LINK("link");

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
