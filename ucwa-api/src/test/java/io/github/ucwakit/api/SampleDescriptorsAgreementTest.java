package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ucwakit.importer.write.YamlRenderer;
import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Embedded;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Parameter;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import io.github.ucwakit.schema.model.ResourceLink;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The hand-written descriptors of the generated-sample module (the seed page's conversation and those the sample
 * added since) and the imported ones of the whole API agree: the same resolved model, source locations and review
 * notes aside. A difference must be settled in an override: the override makes them agree, or it names the members
 * only the import has and says why they stay.
 */
class SampleDescriptorsAgreementTest {

    @Test
    void handWrittenAndImportedDescriptorsResolveToTheSameModel() throws DescriptorException, IOException {
        ApiModel handWritten = new DescriptorLoader().load(List.of(ApiFolders.SAMPLE_DESCRIPTORS)).orThrow();
        ApiModel imported = new DescriptorLoader().load(List.of(ApiFolders.DESCRIPTORS)).orThrow();

        assertThat(handWritten.resources()).extracting(Resource::name).contains("conversation");
        SoftAssertions softly = new SoftAssertions();
        for (Resource resource : handWritten.resources()) {
            Set<String> explained = explainedExtras(resource);
            Optional<Resource> twin = imported.resources().stream()
                    .filter(r -> r.name().equals(resource.name())).findFirst();
            softly.assertThat(twin).as(resource.name()).isPresent();
            twin.ifPresent(t -> softly.assertThat(view(t, explained)).as(resource.name())
                    .isEqualTo(view(resource, explained)));
        }
        for (Enumeration enumeration : handWritten.enumerations()) {
            Optional<Enumeration> twin = imported.enumerations().stream()
                    .filter(e -> e.name().equals(enumeration.name())).findFirst();
            softly.assertThat(twin).as(enumeration.name()).isPresent();
            twin.ifPresent(t -> softly.assertThat(view(t, Set.of())).as(enumeration.name())
                    .isEqualTo(view(enumeration, Set.of())));
        }
        softly.assertAll();
    }

    /**
     * The members an override of the resource's page names that the hand-written descriptor does not hold: the
     * import keeps them, and the override's comment says why.
     */
    private static Set<String> explainedExtras(Resource handWritten) throws IOException {
        Path override = ApiFolders.OVERRIDES.resolve(handWritten.sourceFile());
        if (!Files.exists(override)) {
            return Set.of();
        }
        Set<String> named = new TreeSet<>();
        collectNames(YamlRenderer.parse(Files.readString(override, StandardCharsets.UTF_8)), named);
        named.removeAll(memberNames(handWritten));
        return named;
    }

    private static void collectNames(JsonNode node, Set<String> names) {
        for (String key : List.of("name", "rel", "key")) {
            if (node.path(key).isTextual()) {
                names.add(node.path(key).asText());
            }
        }
        node.forEach(child -> collectNames(child, names));
    }

    private static Set<String> memberNames(Resource resource) {
        Set<String> names = new TreeSet<>();
        resource.properties().forEach(p -> names.add(p.name()));
        resource.links().forEach(l -> names.add(l.rel()));
        resource.embedded().forEach(e -> names.add(e.key()));
        resource.operations().forEach(o -> o.parameters().forEach(p -> names.add(p.name())));
        return names;
    }

    /**
     * A record as text, nested records and lists included, every component but source locations and review notes
     * (where the importer guessed: a note to people, not part of the API), and without the list items named in
     * {@code explained}.
     */
    private static String view(Object value, Set<String> explained) {
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == SourceLocation.class || component.getName().equals("review")) {
                    continue;
                }
                text.append(component.getName()).append('=').append(view(get(component, record), explained))
                        .append(",\n");
            }
            return text.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(item -> memberName(item) == null || !explained.contains(memberName(item)))
                    .map(item -> view(item, explained)).collect(Collectors.joining(",\n", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static String memberName(Object item) {
        if (item instanceof Property p) {
            return p.name();
        }
        if (item instanceof Parameter p) {
            return p.name();
        }
        if (item instanceof ResourceLink l) {
            return l.rel();
        }
        return item instanceof Embedded e ? e.key() : null;
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
