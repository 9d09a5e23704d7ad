package io.github.ucwakit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.Diagnostic;
import java.io.IOException;
import java.util.List;

/**
 * Every import of the tests goes through here: it imports, then runs the schema's validator over the output folder
 * and fails the test when a descriptor the import wrote does not validate (the importer's invariant).
 */
final class ValidatedImport {

    private ValidatedImport() {}

    static ImportResult run(ImportOptions options) throws IOException {
        ImportResult result = new PageImporter().importFolder(options);
        assertValid(options);
        return result;
    }

    static void assertValid(ImportOptions options) {
        List<String> errors = new DescriptorLoader().load(List.of(options.outputDirectory())).diagnostics().stream()
                .filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        assertThat(errors).as("validation of the descriptors imported into " + options.outputDirectory()).isEmpty();
    }
}
