package io.github.ucwakit.generator;

import io.github.ucwakit.schema.DescriptorException;
import io.github.ucwakit.schema.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point to the toolkit: load and validate descriptors, plan names, emit Java, write files.
 * Thin shells (Maven goals, command line) build {@link GenerateOptions} and call it.
 */
public final class UcwaGenerator {

    /** Loads and validates the descriptors of the given folders; writes nothing. */
    public LoadResult validate(List<Path> descriptorDirectories) {
        throw new UnsupportedOperationException("contract stub");
    }

    /**
     * Generates code for every descriptor. On a descriptor error throws with every diagnostic and leaves the output
     * folders as they were.
     */
    public GenerationResult generate(GenerateOptions options) throws DescriptorException, IOException {
        throw new UnsupportedOperationException("contract stub");
    }
}
