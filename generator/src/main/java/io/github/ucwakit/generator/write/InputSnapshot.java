package io.github.ucwakit.generator.write;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.source.DescriptorFile;
import io.github.ucwakit.schema.source.DescriptorFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content hash of every input of a run: each descriptor file the loader would read, found the same way, keyed
 * by its absolute path (so two folders holding a file of the same name are two inputs).
 *
 * @param files absolute path to SHA-256 of the file's bytes, sorted by path
 */
public record InputSnapshot(SortedMap<String, String> files) {

    public InputSnapshot {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Hashes the descriptors under {@code folders}; a missing folder contributes nothing (loading reports it). */
    public static InputSnapshot of(List<Path> folders) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        List<Diagnostic> ignored = new ArrayList<>();
        for (DescriptorFile file : new DescriptorFinder().find(folders, ignored)) {
            Path path = file.path().toAbsolutePath().normalize();
            files.put(path.toString(), ContentHash.of(Files.readAllBytes(path)));
        }
        return new InputSnapshot(files);
    }
}
