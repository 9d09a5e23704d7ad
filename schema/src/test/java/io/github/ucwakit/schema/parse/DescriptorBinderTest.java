package io.github.ucwakit.schema.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.DescriptorFile;
import io.github.ucwakit.schema.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Descriptors are bound on every core; the elements and the problems still come in the order of the descriptors,
 * as a sequential bind would give them.
 */
class DescriptorBinderTest {

    @TempDir
    Path folder;

    @Test
    void keepsTheOrderOfTheDescriptorsInElementsAndProblems() throws IOException {
        List<ParsedDescriptor> parsed = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        List<String> enumerations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String name = String.format(Locale.ROOT, "d%02d", i);
            String text;
            if (i % 3 == 0) {
                text = "enumeration: " + name + "\nmembers:\n  - name: A\n";
                enumerations.add(name);
            } else if (i % 10 == 4) {
                text = "resource: " + name + "\nenumeration: " + name + "\n";
                problems.add(name + ".yaml:1");
            } else {
                text = "resource: " + name + "\nextra: 1\n";
                resources.add(name);
                problems.add(name + ".yaml:2");
            }
            parsed.add(parse(name + ".yaml", text));
        }
        List<Diagnostic> sink = new ArrayList<>();

        DescriptorSet set = new DescriptorBinder().bind(parsed, sink);

        assertThat(set.resources()).extracting(r -> r.name().value()).containsExactlyElementsOf(resources);
        assertThat(set.enumerations()).extracting(e -> e.name().value()).containsExactlyElementsOf(enumerations);
        assertThat(sink).extracting(d -> d.location().file() + ":" + d.location().line())
                .containsExactlyElementsOf(problems);
    }

    private ParsedDescriptor parse(String name, String text) throws IOException {
        Path file = Files.writeString(folder.resolve(name), text);
        List<Diagnostic> sink = new ArrayList<>();
        return new ParsedDescriptor(name, new SourceReader().read(new DescriptorFile(file, name, name), sink)
                .orElseThrow(() -> new AssertionError(sink)));
    }
}
