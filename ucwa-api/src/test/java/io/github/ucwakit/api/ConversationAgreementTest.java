package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.DescriptorLoader;
import io.github.ucwakit.schema.SourceLocation;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Enumeration;
import io.github.ucwakit.schema.model.Resource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-written descriptors of the seed page (generated-sample) and the imported ones of the whole API agree:
 * the same resolved model, source locations and review notes aside. A difference must be settled in an override,
 * which says why.
 */
class ConversationAgreementTest {

    @Test
    void handWrittenAndImportedDescriptorsResolveToTheSameModel() throws DescriptorException {
        ApiModel handWritten = new DescriptorLoader().load(List.of(ApiFolders.SAMPLE_DESCRIPTORS)).orThrow();
        ApiModel imported = new DescriptorLoader().load(List.of(ApiFolders.DESCRIPTORS)).orThrow();

        assertThat(handWritten.resources()).extracting(Resource::name).containsExactly("conversation");
        for (Resource resource : handWritten.resources()) {
            Resource twin = imported.resources().stream().filter(r -> r.name().equals(resource.name()))
                    .findFirst().orElseThrow();
            assertThat(view(twin)).as(resource.name()).isEqualTo(view(resource));
        }
        assertThat(handWritten.enumerations()).isNotEmpty();
        for (Enumeration enumeration : handWritten.enumerations()) {
            Enumeration twin = imported.enumerations().stream().filter(e -> e.name().equals(enumeration.name()))
                    .findFirst().orElseThrow();
            assertThat(view(twin)).as(enumeration.name()).isEqualTo(view(enumeration));
        }
    }

    /**
     * A record as text, nested records and lists included, every component but source locations and review notes
     * (where the importer guessed: a note to people, not part of the API).
     */
    private static String view(Object value) {
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == SourceLocation.class || component.getName().equals("review")) {
                    continue;
                }
                text.append(component.getName()).append('=').append(view(get(component, record))).append(", ");
            }
            return text.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConversationAgreementTest::view).collect(Collectors.joining(",\n ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
