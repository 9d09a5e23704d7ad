package io.github.ucwakit.docs.example;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Indents a JSON document token by token (two spaces, {@code \n}), leaving every name and value as written.
 */
final class PrettyJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private PrettyJson() {}

    static String indent(String json) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = FACTORY.createParser(json);
                JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(
                    new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));
            while (parser.nextToken() != null) {
                generator.copyCurrentEvent(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the runtime wrote JSON that does not parse", e);
        }
        return out + "\n";
    }
}
