package io.github.ucwakit.schema.validate;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.parse.DescriptorSet;
import io.github.ucwakit.schema.parse.EmbeddedElement;
import io.github.ucwakit.schema.parse.Located;
import io.github.ucwakit.schema.parse.ResourceElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No resource embeds itself without end through single embedded entries, directly ({@code conversation} embeds one
 * {@code conversation}) or through other described resources ({@code conversation} embeds a {@code participant},
 * which embeds a {@code conversation}): every resource of such a chain carries the next one. A cycle that passes
 * through an array entry is real nesting that ends with an empty list (a distribution group holding groups) and is
 * allowed. Each cycle is an error at the embedded entry that closes it (its rel, or its key when the rel is left out),
 * naming the path. The
 * search visits resources and their embedded entries in file order, without recursion, so the entry reported is
 * always the same and any depth of embedding is safe.
 */
final class EmbeddedCycleValidator implements Validator {

    /** An embedded entry of a resource: the reference to the embedded resource, and its key for messages. */
    private record Edge(String key, Located<String> target) {}

    /** A resource on the search path and the index of its next edge to follow. */
    private static final class Step {
        final String resource;
        int next;

        Step(String resource) {
            this.resource = resource;
        }
    }

    private enum State { ON_PATH, DONE }

    @Override
    public List<Diagnostic> validate(DescriptorSet descriptors) {
        Map<String, List<Edge>> graph = graph(descriptors);
        Map<String, State> states = new HashMap<>();
        List<Diagnostic> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!states.containsKey(start)) {
                search(start, graph, states, found);
            }
        }
        return found;
    }

    /** Described resources (the first of a duplicated name) in file order, each with its edges to described ones. */
    private static Map<String, List<Edge>> graph(DescriptorSet descriptors) {
        Map<String, ResourceElement> resources = new LinkedHashMap<>();
        descriptors.resources().stream().filter(r -> Describe.isPresent(r.name()))
                .forEach(r -> resources.putIfAbsent(r.name().value(), r));
        Map<String, List<Edge>> graph = new LinkedHashMap<>();
        resources.forEach((name, resource) -> graph.put(name, resource.embedded().stream()
                .filter(e -> e.key() != null && !isArray(e))
                .map(e -> new Edge(e.key().value(), target(e)))
                .filter(edge -> resources.containsKey(edge.target().value()))
                .toList()));
        return graph;
    }

    private static boolean isArray(EmbeddedElement embedded) {
        return embedded.array() != null && Boolean.TRUE.equals(embedded.array().value());
    }

    private static Located<String> target(EmbeddedElement embedded) {
        return embedded.rel() != null ? embedded.rel() : embedded.key();
    }

    private static void search(String start, Map<String, List<Edge>> graph, Map<String, State> states,
            List<Diagnostic> found) {
        Deque<Step> path = new ArrayDeque<>();
        path.push(new Step(start));
        states.put(start, State.ON_PATH);
        while (!path.isEmpty()) {
            Step step = path.peek();
            List<Edge> edges = graph.get(step.resource);
            if (step.next == edges.size()) {
                states.put(step.resource, State.DONE);
                path.pop();
                continue;
            }
            Edge edge = edges.get(step.next++);
            String target = edge.target().value();
            State state = states.get(target);
            if (state == State.ON_PATH) {
                found.add(Diagnostic.error(edge.target().location(), "embedded '" + edge.key()
                        + "' closes a cycle of embedded resources: " + cycle(path, target)
                        + "; single entries nest without end; make one of them an array if the nesting ends"));
            } else if (state == null) {
                states.put(target, State.ON_PATH);
                path.push(new Step(target));
            }
        }
    }

    /** The path from {@code target} down to the top of the search path, then back to {@code target}. */
    private static String cycle(Deque<Step> path, String target) {
        List<String> names = new ArrayList<>();
        for (var steps = path.descendingIterator(); steps.hasNext(); ) {
            String name = steps.next().resource;
            if (!names.isEmpty() || name.equals(target)) {
                names.add(name);
            }
        }
        names.add(target);
        return String.join(" -> ", names);
    }
}
