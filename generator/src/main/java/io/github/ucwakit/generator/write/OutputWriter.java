package io.github.ucwakit.generator.write;

import io.github.ucwakit.schema.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a file only when its bytes differ from what is on disk, so unchanged descriptors leave timestamps alone
 * and do not trigger recompilation. A file is written to a temporary sibling first and then moved into place, so
 * a reader never sees half a file. Deletes nothing; {@link OutputSync} decides what goes.
 */
public final class OutputWriter {

    public WriteReport write(List<RenderedFile> files) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (RenderedFile file : files) {
            (writeIfChanged(file.target(), file.bytes()) ? written : unchanged).add(file.path());
        }
        return new WriteReport(written, unchanged);
    }

    /** Writes {@code bytes} to {@code target} unless it already holds them; returns whether it wrote. */
    public boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        return AtomicFiles.writeIfChanged(target, bytes);
    }
}
