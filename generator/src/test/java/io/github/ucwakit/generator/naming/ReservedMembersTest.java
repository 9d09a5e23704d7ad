package io.github.ucwakit.generator.naming;

import static io.github.ucwakit.generator.testing.Models.enumeration;
import static io.github.ucwakit.generator.testing.Models.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.testing.Generated;
import io.github.ucwakit.generator.testing.InMemoryCompiler;
import io.github.ucwakit.runtime.OpenEnum;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.naming.ReservedNames;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reserved member names of {@link ReservedNames} are exactly the members generated code defines next to the
 * members named from a descriptor: compiles the classes generated for a model whose every name contains
 * {@code zz}, and collects the names of every field and method of the generated resources, inputs, enumerations
 * (nested builders included) and of the types they extend, leaving out the names with
 * {@code zz} (a nested Java enum counts with its own constants only). When the generated classes change, this test
 * names what to add to or take from the list.
 */
class ReservedMembersTest {

    /**
     * The kinds of generated class whose members are named from descriptor names: resources (with their builders),
     * request inputs (with theirs) and enumerations. Bindings name no member after a descriptor name; should they
     * come to, their kinds join this list.
     */
    private static final List<Class<?>> NAMED_FROM_DESCRIPTORS =
            List.of(UcwaResource.class, RequestInput.class, OpenEnum.class);

    @Test
    void theReservedMembersAreTheMembersOfTheGeneratedClasses() throws Exception {
        InMemoryCompiler.Compilation compilation =
                InMemoryCompiler.compileAndLoad(javaSources(Generated.render(model(), "com.example.zz")));
        assertThat(compilation.diagnostics()).isEmpty();
        ClassLoader loader = compilation.loader();
        Set<String> defined = new TreeSet<>();
        for (String name : compilation.classes().keySet()) {
            Class<?> generated = loader.loadClass(name);
            if (NAMED_FROM_DESCRIPTORS.stream().anyMatch(kind -> kind.isAssignableFrom(outermost(generated)))) {
                defined.addAll(memberNames(generated));
            }
        }
        defined.removeIf(name -> name.toLowerCase(Locale.ROOT).contains("zz"));

        assertThat(new TreeSet<>(ReservedNames.generatedMembers())).isEqualTo(defined);
    }

    private static ApiModel model() {
        return new ApiModel(List.of(
                resource("zzthing").property("zzText", "string").property("zzList", "list<string>")
                        .property("zzState", "ZzState").link("zzLink").arrayLink("zzLinks")
                        .embedded("zzOther", "zzother", false).embedded("zzOthers", "zzother", true)
                        .operation("POST", "zzParameter:string").build(),
                resource("zzother").property("zzName", "string").build()),
                List.of(enumeration("ZzState", "ZzOne", "ZzTwo")));
    }

    private static Map<String, String> javaSources(Map<String, String> files) {
        return files.entrySet().stream().filter(e -> e.getKey().endsWith(".java"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }

    /**
     * The fields and methods a class declares, and those it inherits that a member of the same name would clash
     * with (every one but the private ones), from its superclasses and interfaces up to {@link Object}.
     */
    private static Set<String> memberNames(Class<?> generated) {
        Set<String> names = new TreeSet<>();
        declared(generated).forEach(member -> names.add(member.getName()));
        if (generated.isEnum()) {
            // A nested Java enum (an enumeration's Known): its constants are named from descriptor members and can
            // only clash with its own constants; what java.lang.Enum gives every enum is no name a member can take.
            names.removeAll(Set.of("values", "valueOf"));
            return names;
        }
        Deque<Class<?>> supertypes = new ArrayDeque<>();
        supertypes.add(generated);
        while (!supertypes.isEmpty()) {
            Class<?> type = supertypes.pop();
            if (type != generated) {
                declared(type).filter(member -> !Modifier.isPrivate(member.getModifiers()))
                        .forEach(member -> names.add(member.getName()));
            }
            if (type.getSuperclass() != null) {
                supertypes.add(type.getSuperclass());
            }
            supertypes.addAll(List.of(type.getInterfaces()));
        }
        return names;
    }

    private static Stream<Member> declared(Class<?> type) {
        Stream<Field> fields = Stream.of(type.getDeclaredFields());
        Stream<Method> methods = Stream.of(type.getDeclaredMethods());
        return Stream.concat(fields, methods).map(Member.class::cast).filter(member -> !member.isSynthetic());
    }
}
