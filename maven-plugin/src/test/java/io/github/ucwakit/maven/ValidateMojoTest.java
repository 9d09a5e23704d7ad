package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code warnings} parameter every goal shares, seen through {@code validate}. */
class ValidateMojoTest {

    /** A resource with twelve links to resources no descriptor describes. */
    private static final String LINKS = "resource: hub\nlinks:\n"
            + IntStream.rangeClosed(1, 12).mapToObj(i -> "  - rel: spoke" + i + "\n").collect(Collectors.joining());

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private ValidateMojo mojo(String warnings) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("ucwa"));
        Files.writeString(folder.resolve("hub.yaml"), LINKS, StandardCharsets.UTF_8);
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(log);
        mojo.descriptorDirectory = folder.toFile();
        mojo.warnings = warnings;
        return mojo;
    }

    @Test
    void logsManyWarningsOfOneKindAsOneLine() throws Exception {
        mojo(null).execute();
        assertThat(log.at("WARN")).singleElement().asString()
                .startsWith("12 warnings [undescribed-reference], the first ");
        assertThat(log.at("INFO")).containsExactly("UCWA descriptors are valid: 1 resource, 0 enumerations, 12 warnings");
    }

    @Test
    void logsEveryWarningOfANamedKindAndNoneOfAnIgnoredOne() throws Exception {
        mojo("undescribed-reference=warning").execute();
        assertThat(log.at("WARN")).hasSize(12);
        log.lines.clear();
        mojo("undescribed-reference=ignore").execute();
        assertThat(log.at("WARN")).isEmpty();
    }

    @Test
    void failsOnAKindSetToErrorAndOnAnUnknownKind() throws IOException {
        ValidateMojo raised = mojo("undescribed-reference=error");
        assertThatThrownBy(raised::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("12 errors in UCWA descriptors:");
        ValidateMojo unknown = mojo("undescribed=ignore");
        assertThatThrownBy(unknown::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ucwakit.warnings: unknown warning kind 'undescribed'");
    }
}
