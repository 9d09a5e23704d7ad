package io.github.ucwakit.generator.write;

import io.github.ucwakit.schema.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What a successful run leaves in its state file so that the next run can tell whether anything changed: the
 * fingerprint of its configuration, the hash of every input, every file it produced with its hash, and what it
 * reported (counts and warnings), which an up-to-date run reports again without loading anything.
 *
 * @param configuration fingerprint of everything besides the descriptors that shapes the output
 * @param resources how many resources the run generated
 * @param enumerations how many enumerations the run generated
 * @param inputs the descriptors read
 * @param files files the run owns
 * @param services the run's entries in shared services files
 * @param warnings the warnings the run reported
 */
public record GenerationState(
        String configuration,
        int resources,
        int enumerations,
        InputSnapshot inputs,
        List<OwnedFile> files,
        List<OwnedService> services,
        List<Diagnostic> warnings) {

    public GenerationState {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(inputs, "inputs");
        files = List.copyOf(files);
        services = List.copyOf(services);
        warnings = List.copyOf(warnings);
    }
}
