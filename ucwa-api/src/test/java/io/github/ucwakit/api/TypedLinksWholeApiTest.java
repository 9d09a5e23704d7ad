package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.LinkTo;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code LinkTo} constant of every generated {@code XLinks} class of the whole API agrees with the codec: the
 * class it names as its target is the class the codec reads a resource of its target rel into (the generic resource
 * when no binding reads that rel), and it reads, from a resource of its source class, the link of its own rel. A
 * wrong mapping in the generator fails here.
 */
class TypedLinksWholeApiTest {

    private static final Path CLASSES = Path.of("target/classes/io/github/ucwakit/api");
    private static final String PACKAGE = "io.github.ucwakit.api.";

    private final UcwaCodec codec = UcwaCodec.create();

    @Test
    void everyLinkConstantNamesTheClassTheCodecReadsItsTargetInto() throws Exception {
        Map<Class<?>, String> relOfClass = new HashMap<>();
        codec.bindings().forEach(b -> relOfClass.put(b.type(), b.rel()));
        List<LinkTo<?, ?>> constants = constants();
        Set<Class<?>> sources = new HashSet<>();
        int generic = 0;
        for (LinkTo<?, ?> constant : constants) {
            sources.add(constant.sourceType());
            UcwaResource target = codec.read("{\"rel\": \"" + constant.targetRel()
                    + "\", \"_links\": {\"self\": {\"href\": \"/target\"}}}", PayloadFormat.JSON);
            assertThat(target.getClass()).as("the class the codec reads %s into", constant)
                    .isEqualTo(constant.targetType());
            if (constant.targetType() == GenericResource.class) {
                generic++;
                assertThat(codec.bindings()).as("no binding reads %s", constant.targetRel())
                        .noneMatch(b -> b.rel().equals(constant.targetRel()));
            }
            assertReadsItsOwnRel(constant, relOfClass.get(constant.sourceType()));
        }
        assertThat(sources).as("every resource class has a links class")
                .containsExactlyInAnyOrderElementsOf(relOfClass.keySet());
        System.out.printf("typed links: %d constants in %d links classes, %d to undescribed targets%n",
                constants.size(), sources.size(), generic);
    }

    @Test
    void everyLinkOfEveryDescriptorHasAConstantPointingWhereTheDescriptorSays() throws Exception {
        Map<Class<?>, String> relOfClass = new HashMap<>();
        codec.bindings().forEach(b -> relOfClass.put(b.type(), b.rel()));
        Map<String, String> targets = new HashMap<>();
        for (LinkTo<?, ?> constant : constants()) {
            String previous = targets.put(relOfClass.get(constant.sourceType()) + " " + constant.rel(),
                    constant.targetRel());
            assertThat(previous).as("one constant per link: %s", constant).isNull();
        }
        ApiModel model = new DescriptorLoader().load(List.of(ApiFolders.DESCRIPTORS)).orThrow();
        int links = 0;
        int retargeted = 0;
        for (Resource resource : model.resources()) {
            assertThat(targets).containsEntry(resource.name() + " self", resource.name());
            for (ResourceLink link : resource.links()) {
                if (!link.rel().equals("self")) {
                    links++;
                    retargeted += link.target().equals(link.rel()) ? 0 : 1;
                    assertThat(targets).as("the constant of link %s of %s", link.rel(), resource.name())
                            .containsEntry(resource.name() + " " + link.rel(), link.target());
                }
            }
        }
        assertThat(targets).hasSize(links + model.resources().size());
        assertThat(retargeted).as("links whose target is not their rel").isPositive();
        System.out.printf("typed links: %d descriptor links (%d pointing at another rel than their own) have"
                + " their constant%n", links, retargeted);
    }

    /** The constant reads, from a resource of its source class, the link under its rel and no other. */
    private <S extends UcwaResource> void assertReadsItsOwnRel(LinkTo<S, ?> constant, String sourceRel) {
        String link = constant.rel().equals("self") ? "{\"href\": \"/source\"}"
                : constant.isArray() ? "[{\"href\": \"/target\"}]" : "{\"href\": \"/target\"}";
        String links = constant.rel().equals("self") ? "\"self\": " + link
                : "\"self\": {\"href\": \"/source\"}, \"" + constant.rel() + "\": " + link;
        S source = codec.read("{\"rel\": \"" + sourceRel + "\", \"_links\": {" + links + "}}", PayloadFormat.JSON,
                constant.sourceType());
        String href = constant.rel().equals("self") ? "/source" : "/target";
        assertThat(constant.link(source)).as("%s read from %s", constant, sourceRel).map(Link::href).contains(href);
    }

    /** The constants of every class of the package that holds {@code LinkTo} constants. */
    private static List<LinkTo<?, ?>> constants() throws IOException, ReflectiveOperationException {
        if (!Files.isDirectory(CLASSES)) {
            throw new IllegalStateException("no compiled API in " + CLASSES.toAbsolutePath());
        }
        List<String> names;
        try (Stream<Path> files = Files.list(CLASSES)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Links.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
        }
        List<LinkTo<?, ?>> constants = new ArrayList<>();
        for (String name : names) {
            for (Field field : Class.forName(PACKAGE + name).getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == LinkTo.class) {
                    constants.add((LinkTo<?, ?>) field.get(null));
                }
            }
        }
        assertThat(constants).isNotEmpty();
        return constants;
    }
}
