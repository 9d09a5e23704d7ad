package io.github.ucwakit.generator.write;

import java.nio.file.Path;
import java.util.List;

/**
 * What bringing the output folders up to date did, and what the run now owns there.
 *
 * @param written files whose bytes changed or that did not exist, relative to their output folder
 * @param unchanged files already holding the right bytes, left untouched
 * @param deleted files an earlier run produced and this one does not, removed
 * @param files the files the run owns, with their hashes
 * @param services the run's blocks in services files, with their hashes
 */
public record SyncReport(
        List<Path> written, List<Path> unchanged, List<Path> deleted, List<OwnedFile> files,
        List<OwnedService> services) {

    public SyncReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        files = List.copyOf(files);
        services = List.copyOf(services);
    }
}
