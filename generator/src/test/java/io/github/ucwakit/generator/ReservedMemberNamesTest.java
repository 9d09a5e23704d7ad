package io.github.ucwakit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ucwakit.generator.testing.GoldenCases;
import io.github.ucwakit.generator.testing.InMemoryCompiler;
import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.UcwaResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for reserved names: a property, embedded key or parameter whose Java name is a keyword, a literal or
 * a member generated code defines gets {@code Value} appended, with no {@code javaName} needed; the member stays
 * reachable through that typed accessor, and a body holding it reads with nothing left in unknown members.
 */
class ReservedMemberNamesTest {

    private static final String DESCRIPTOR = """
            resource: gizmo
            properties:
              - name: links
                type: string
              - name: class
                type: int
              - name: builder
                type: boolean
              - name: toString
                type: string
              - name: unknownMembers
                type: list<string>
              - name: operations
                type: string
            links:
              - rel: self
              - rel: class
            embedded:
              - key: default
                rel: gizmo
                array: true
            operations:
              - method: POST
                request:
                  - name: new
                    type: string
                  - name: build
                    type: int
            """;

    private static final String JSON = """
            {
              "rel": "gizmo",
              "links": "many",
              "class": 3,
              "builder": true,
              "toString": "text",
              "unknownMembers": ["a", "b"],
              "operations": "some",
              "_links": { "self": { "href": "/gizmos/1" }, "class": { "href": "/classes/1" } },
              "_embedded": { "default": [ { "rel": "gizmo", "class": 4 } ] }
            }
            """;

    @TempDir
    Path temp;

    @Test
    void givesEveryReservedNameAnAccessorByOneRuleAndReadsIt() throws Exception {
        Path descriptors = Files.createDirectories(temp.resolve("descriptors"));
        Files.writeString(descriptors.resolve("gizmo.yaml"), DESCRIPTOR, StandardCharsets.UTF_8);
        new UcwaGenerator().generate(GoldenCases.options(List.of(descriptors), "com.example.reserved", temp));
        InMemoryCompiler.Compilation compilation =
                InMemoryCompiler.compileAndLoad(GoldenCases.javaSources(GoldenCases.readTree(temp.resolve("java"))));
        assertThat(compilation.diagnostics()).isEmpty();
        Class<?> provider = compilation.loader().loadClass("com.example.reserved.GeneratedBindings");
        UcwaCodec codec = UcwaCodec.of(((BindingProvider) provider.getConstructor().newInstance()).bindings());

        UcwaResource gizmo = codec.read(JSON, PayloadFormat.JSON);

        assertThat(call(gizmo, "links")).isEqualTo("many");
        assertThat(call(gizmo, "classValue")).isEqualTo(3);
        assertThat(call(gizmo, "builderValue")).isEqualTo(true);
        assertThat(call(gizmo, "toStringValue")).isEqualTo("text");
        assertThat(call(gizmo, "unknownMembersValue")).isEqualTo(List.of("a", "b"));
        assertThat(call(gizmo, "operations")).isEqualTo("some");
        assertThat(call(gizmo, "classLink")).isEqualTo(Optional.of(Link.of("class", "/classes/1")));
        List<?> embedded = (List<?>) call(gizmo, "defaultValue");
        assertThat(call(embedded.get(0), "classValue")).isEqualTo(4);
        assertThat(gizmo.unknownMembers().properties()).isEmpty();
        assertThat(gizmo.unknownMembers().links()).isEmpty();
        assertThat(gizmo.unknownMembers().embedded()).isEmpty();
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(codec.writeToString(gizmo, PayloadFormat.JSON))).isEqualTo(mapper.readTree(JSON));

        Class<?> input = compilation.loader().loadClass("com.example.reserved.GizmoInput");
        assertThat(input.getMethod("newValue").getReturnType()).isEqualTo(String.class);
        assertThat(input.getMethod("buildValue").getReturnType()).isEqualTo(Integer.class);
    }

    private static Object call(Object target, String accessor) throws Exception {
        return target.getClass().getMethod(accessor).invoke(target);
    }
}
