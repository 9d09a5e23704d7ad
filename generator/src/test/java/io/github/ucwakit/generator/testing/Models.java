package io.github.ucwakit.generator.testing;

import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.ErrorRow;
import io.github.ucwakit.schema.model.Event;
import io.github.ucwakit.schema.model.Operation;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.EnumMember;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import io.github.ucwakit.schema.model.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds model nodes by hand for tests that do not go through descriptor files. */
public final class Models {

    private Models() {}

    public static SourceLocation at(String file, int line) {
        return new SourceLocation(file, line, 3);
    }

    public static Type type(String spelling) {
        if (spelling.startsWith("list<")) {
            return new Type.ListOf(type(spelling.substring(5, spelling.length() - 1)));
        }
        for (Type.Kind kind : Type.Kind.values()) {
            if (kind.spelling().equals(spelling)) {
                return new Type.Scalar(kind);
            }
        }
        return new Type.EnumRef(spelling);
    }

    public static Enumeration enumeration(String name, String... members) {
        List<EnumMember> list = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            list.add(new EnumMember(at(name + ".yaml", 4 + i), members[i], members[i] + "."));
        }
        return new Enumeration(at(name + ".yaml", 1), name + ".yaml", name, "The " + name + ".", list);
    }

    /** A resource builder with short methods for each kind of member. */
    public static ResourceBuilder resource(String name) {
        return new ResourceBuilder(name);
    }

    /** Collects the members of one resource. */
    public static final class ResourceBuilder {
        private final String name;
        private final String file;
        private int line = 2;
        private final List<Property> properties = new ArrayList<>();
        private final List<ResourceLink> links = new ArrayList<>();
        private final List<Embedded> embedded = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Operation> operations = new ArrayList<>();

        private ResourceBuilder(String name) {
            this.name = name;
            this.file = name + ".yaml";
        }

        public ResourceBuilder property(String property, String type) {
            properties.add(new Property(next(), property, type(type), "The " + property + "."));
            return this;
        }

        public ResourceBuilder properties(String type, String... names) {
            Arrays.stream(names).forEach(n -> property(n, type));
            return this;
        }

        public ResourceBuilder link(String rel) {
            links.add(new ResourceLink(next(), rel, rel, false, "Link " + rel + "."));
            return this;
        }

        /** A single link whose target differs from its rel. */
        public ResourceBuilder link(String rel, String target) {
            links.add(new ResourceLink(next(), rel, target, false, "Link " + rel + " to " + target + "."));
            return this;
        }

        /** A single link with a Java name. */
        public ResourceBuilder namedLink(String rel, String javaName) {
            links.add(new ResourceLink(next(), rel, rel, false, "Link " + rel + ".", javaName, null));
            return this;
        }

        public ResourceBuilder arrayLink(String rel) {
            links.add(new ResourceLink(next(), rel, rel, true, "Links " + rel + "."));
            return this;
        }

        public ResourceBuilder embedded(String key, String rel, boolean array) {
            embedded.add(new Embedded(next(), key, rel, array, "Embedded " + key + "."));
            return this;
        }

        public ResourceBuilder event(String type, String sender) {
            events.add(new Event(next(), type, "High", sender, "Event " + type + "."));
            return this;
        }

        /**
         * An operation with one error row ({@code Conflict} 409 {@code None}) and request parameters given as
         * {@code name:type} ({@code name!:type} when required).
         */
        public ResourceBuilder operation(String method, String... parameters) {
            List<Parameter> request = new ArrayList<>();
            for (String parameter : parameters) {
                String[] parts = parameter.split(":", 2);
                boolean required = parts[0].endsWith("!");
                String parameterName = required ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
                request.add(new Parameter(next(), parameterName, type(parts[1]), required, "The " + parameterName + "."));
            }
            operations.add(new Operation(next(), method, method + " " + name + ".", request, null, null,
                    List.of(new ErrorRow(next(), "Conflict", 409, "None", "Conflict."))));
            return this;
        }

        public Resource build() {
            return new Resource(at(file, 1), file, name, "The " + name + " resource.", properties, links, embedded,
                    events, operations, List.of());
        }

        private io.github.ucwakit.schema.SourceLocation next() {
            return at(file, line++);
        }
    }
}
