package io.github.ucwakit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ucwakit.schema.naming.JavaNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped for editors agrees with the loader: it accepts every good descriptor (the generated
 * sample's and the tests') and rejects bad ones whose problem is one of structure.
 */
class DescriptorJsonSchemaTest {

    private static final String SCHEMA = "ucwakit-descriptor.schema.json";
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Diagnostic.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("%s on the class path in package io.github.ucwakit.schema", SCHEMA).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Stream<Path> goodDescriptors() {
        List<Path> files = Stream.of(TestPaths.sampleDescriptors(), TestPaths.sourceTestResources().resolve("good"))
                .flatMap(DescriptorJsonSchemaTest::descriptorsUnder)
                .toList();
        assertThat(files).as("good descriptors").hasSizeGreaterThanOrEqualTo(9);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("goodDescriptors")
    void acceptsGoodDescriptors(Path file) throws IOException {
        assertThat(validate(file)).as("schema errors for %s", file).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unknown-key/conversation.yaml",
        "missing-required-keys/conversation.yaml",
        "missing-required-keys/State.yaml",
        "empty-names/conversation.yaml",
        "wrong-node-kind/conversation.yaml",
        "list-of-list/conversation.yaml",
        "malformed-list/conversation.yaml",
        "bad-event-type/conversation.yaml",
        "bad-method/conversation.yaml",
        "bad-error-code/conversation.yaml",
        "invalid-resource-name/my-conversation.yaml",
        "invalid-resource-name/State.yaml",
        "invalid-member-names/conversation.yaml",
        "top-level-not-mapping/list.yaml",
        "top-level-not-mapping/scalar.json",
        "both-resource-and-enumeration/conversation.yaml",
        "invalid-java-names/conversation.yaml",
        "invalid-java-names/State.yaml",
        "java-name-and-review-keys/conversation.yaml",
        "name-path-separators/slash.yaml",
        "name-dot-dot/parent.yaml",
        "name-control-characters/nul.yaml",
        "name-windows-characters/colon.yaml"
    })
    void rejectsStructurallyBadDescriptors(String caseFile) throws IOException {
        Path file = DiagnosticCasesTest.CASES.resolve(caseFile);
        assertThat(validate(file)).as("schema errors for %s", caseFile).isNotEmpty();
    }

    @Test
    void forbidsInJavaNamesExactlyTheWordsTheLoaderTakesForKeywords() {
        JsonNode forbidden = schemaTree().at("/$defs/javaName/not/enum");
        List<String> words = new ArrayList<>();
        forbidden.forEach(word -> words.add(word.asText()));
        List<String> candidates = new ArrayList<>(words);
        candidates.addAll(List.of("var", "yield", "record", "sealed", "permits", "non-sealed", "module", "exports",
                "open", "requires", "to", "with", "transitive", "String", "Class"));
        assertThat(candidates.stream().filter(JavaNames::isKeyword).toList()).containsExactlyElementsOf(words);
    }

    private static JsonNode schemaTree() {
        try (InputStream in = Diagnostic.class.getResourceAsStream(SCHEMA)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> validate(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        InputFormat format = file.toString().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
        return schema.validate(text, format);
    }

    private static Stream<Path> descriptorsUnder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
