package io.github.ucwakit.importer.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes a file only when its bytes change, so unchanged descriptors keep their modification time. */
public final class ChangedFileWriter {

    private ChangedFileWriter() {}

    /** Writes the text as UTF-8; true when the file was written, false when it already held these bytes. */
    public static boolean write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
        return true;
    }
}
