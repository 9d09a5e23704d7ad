package io.github.ucwakit.conformance;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the members of a read resource that no typed accessor reaches: whatever its binding left in
 * {@link UnknownMembers}, in the resource and, recursively, in its embedded resources. The XML echo of the rel,
 * {@code <property name="rel">}, is not among them: the runtime keeps it as a wire detail. Also finds the links whose {@code data:} href
 * does not decode when {@link Link#dataUri()} is asked (read with data hrefs decoded on demand).
 *
 * <p>Embedded resources and links are found by letting each binding write its resource to a writer that only
 * collects what it embeds and links, so no reflection is needed.
 */
final class TypedAccess {

    private final Map<Class<?>, ResourceBinding<?>> bindings = new HashMap<>();

    TypedAccess(Collection<ResourceBinding<?>> bindings) {
        bindings.forEach(b -> this.bindings.put(b.type(), b));
        this.bindings.put(GenericResource.class, GenericResource.BINDING);
    }

    /** The members no typed accessor reaches, each as {@code path: kind 'name'}; empty when every one is typed. */
    List<String> untypedMembers(UcwaResource resource) {
        List<String> untyped = new ArrayList<>();
        visit(resource, resource.rel(), (path, visited, links) -> {
            UnknownMembers unknown = visited.unknownMembers();
            unknown.properties().keySet().forEach(name -> untyped.add(path + ": property '" + name + "'"));
            unknown.linkGroups().forEach(group -> untyped.add(path + ": link '" + group.name() + "'"));
            unknown.embeddedGroups().forEach(group -> untyped.add(path + ": embedded '" + group.name() + "'"));
        });
        return List.copyOf(untyped);
    }

    /**
     * The links of the resource and its embedded resources whose {@code data:} href does not decode, each as
     * {@code path: why}; empty when every one decodes or none is a {@code data:} URI.
     */
    List<String> undecodableDataHrefs(UcwaResource resource) {
        List<String> undecodable = new ArrayList<>();
        visit(resource, resource.rel(), (path, visited, links) -> {
            for (Link link : links) {
                try {
                    link.dataUri();
                } catch (UcwaPayloadException e) {
                    undecodable.add(path + ": " + e.getMessage());
                }
            }
        });
        return List.copyOf(undecodable);
    }

    /** Visits the resource and, depth first, every resource it embeds, with the links its binding wrote. */
    private void visit(UcwaResource resource, String path, Visitor visitor) {
        MemberCollector collected = new MemberCollector(resource.unknownMembers().embedded());
        write(resource, collected);
        visitor.visit(path, resource, collected.links);
        for (Child child : collected.found) {
            visit(child.resource(), path + "/" + child.path(), visitor);
        }
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(String path, UcwaResource resource, List<Link> links);
    }

    @SuppressWarnings("unchecked")
    private <T extends UcwaResource> void write(T resource, ResourceWriter writer) {
        ResourceBinding<T> binding = (ResourceBinding<T>) bindings.get(resource.getClass());
        if (binding == null) {
            throw new IllegalStateException("no binding writes " + resource.getClass().getName());
        }
        binding.write(resource, writer);
    }

    private record Child(String path, UcwaResource resource) {}

    /** A writer that keeps only the links and the embedded resources a binding writes, except unknown resources. */
    private static final class MemberCollector implements ResourceWriter {

        private final List<GenericResource> unknown;
        private final List<Child> found = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        MemberCollector(List<GenericResource> unknown) {
            this.unknown = unknown;
        }

        @Override
        public <T extends UcwaResource> void embedded(String key, ResourceBinding<T> binding, T resource) {
            if (resource != null && !isUnknown(resource)) {
                found.add(new Child(key, resource));
            }
        }

        @Override
        public <T extends UcwaResource> void embeddedList(String key, ResourceBinding<T> binding, List<T> resources) {
            if (resources == null) {
                return;
            }
            for (int i = 0; i < resources.size(); i++) {
                if (!isUnknown(resources.get(i))) {
                    found.add(new Child(key + "[" + i + "]", resources.get(i)));
                }
            }
        }

        private boolean isUnknown(UcwaResource resource) {
            return unknown.stream().anyMatch(u -> u == resource);
        }

        @Override
        public void beginResource(String rel, Link self) {
            if (self != null) {
                links.add(self);
            }
        }

        @Override
        public void link(Link link) {
            if (link != null) {
                links.add(link);
            }
        }

        @Override
        public void links(String rel, List<Link> links) {
            if (links != null) {
                this.links.addAll(links);
            }
        }

        @Override
        public void stringProperty(String name, String value) {
            // only links and embedded resources matter here
        }

        @Override
        public void intProperty(String name, Integer value) {
            // only links and embedded resources matter here
        }

        @Override
        public void longProperty(String name, Long value) {
            // only links and embedded resources matter here
        }

        @Override
        public void booleanProperty(String name, Boolean value) {
            // only links and embedded resources matter here
        }

        @Override
        public void dateProperty(String name, UcwaDateTime value) {
            // only links and embedded resources matter here
        }

        @Override
        public void stringListProperty(String name, List<String> values) {
            // only links and embedded resources matter here
        }

        @Override
        public void intListProperty(String name, List<Integer> values) {
            // only links and embedded resources matter here
        }

        @Override
        public void longListProperty(String name, List<Long> values) {
            // only links and embedded resources matter here
        }

        @Override
        public void booleanListProperty(String name, List<Boolean> values) {
            // only links and embedded resources matter here
        }

        @Override
        public void dateListProperty(String name, List<UcwaDateTime> values) {
            // only links and embedded resources matter here
        }

        @Override
        public void valueProperty(String name, PropertyValue value) {
            // only links and embedded resources matter here
        }

        @Override
        public void endResource() {
            // only links and embedded resources matter here
        }
    }
}
