package io.github.ucwakit.runtime.badpayloads;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table of bad payloads is complete: every file and generator in it once, every kind and both formats. */
class BadPayloadTableTest {

    private final List<BadPayloadCase> table = BadPayloadCase.table();

    @Test
    void holdsAtLeastFortyCasesInBothFormats() {
        assertThat(table).hasSizeGreaterThanOrEqualTo(40);
        assertThat(table.stream().filter(c -> c.format() == PayloadFormat.JSON)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(table.stream().filter(c -> c.format() == PayloadFormat.XML)).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void exercisesEveryKind() {
        Set<Kind> kinds = table.stream().map(BadPayloadCase::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));

        assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void listsEveryFileAndGeneratorOnce() throws IOException, URISyntaxException {
        Path folder = Path.of(BadPayloadCase.class.getResource("/bad-payloads").toURI());
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("cases.csv")).sorted().toList();
        }
        List<String> generated = GeneratedPayloads.names().stream().map(name -> BadPayloadCase.GENERATED + name)
                .toList();

        assertThat(table.stream().map(BadPayloadCase::name))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Stream.concat(files.stream(), generated.stream()).toList());
    }

    @Test
    void aFileIsInTheFormatItsFolderNames() {
        assertThat(table).filteredOn(c -> !c.generated())
                .allSatisfy(c -> assertThat(c.name()).startsWith(c.format().name().toLowerCase(java.util.Locale.ROOT)
                        + "/"));
    }

    @Test
    void expandsRepeatedPathSegments() {
        assertThat(BadPayloadCase.expand("${._embedded.x*2}[0]")).isEqualTo("$._embedded.x._embedded.x[0]");
        assertThat(BadPayloadCase.expand("line 3, column 28")).isEqualTo("line 3, column 28");
    }
}
