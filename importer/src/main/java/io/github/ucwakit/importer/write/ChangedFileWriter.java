package io.github.ucwakit.importer.write;

import io.github.ucwakit.schema.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a file only when its bytes change, so unchanged descriptors keep their modification time. */
public final class ChangedFileWriter {

    private ChangedFileWriter() {}

    /**
     * Writes the text as UTF-8, never half of it ({@link AtomicFiles}); true when the file was written, false when it
     * already held these bytes.
     */
    public static boolean write(Path file, String text) throws IOException {
        return AtomicFiles.writeIfChanged(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
