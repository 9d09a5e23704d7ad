package io.github.ucwakit.importer.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;

/**
 * Renders descriptor trees as YAML, the same way every time: no document marker, quotes only where YAML needs
 * them, no line splitting, block style for multi-line text, {@code \n} line ends.
 */
public final class YamlRenderer {

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private YamlRenderer() {}

    public static String render(ObjectNode tree) {
        try {
            String yaml = MAPPER.writeValueAsString(tree).replace("\r\n", "\n");
            return yaml.endsWith("\n") ? yaml : yaml + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a YAML (or JSON) descriptor or override into a tree. */
    public static ObjectNode parse(String text) throws JsonProcessingException {
        if (!(MAPPER.readTree(text) instanceof ObjectNode node)) {
            throw new IllegalArgumentException("not a mapping");
        }
        return node;
    }
}
