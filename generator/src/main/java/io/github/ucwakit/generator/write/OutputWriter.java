package io.github.ucwakit.generator.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one class that touches the output folders: writes a rendered file only when its bytes differ from what is
 * on disk, so unchanged descriptors leave timestamps alone and do not trigger recompilation. A file is written to
 * a temporary sibling first and then moved into place, so a reader never sees half a file. Deletes nothing.
 */
public final class OutputWriter {

    public WriteReport write(List<RenderedFile> files) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (RenderedFile file : files) {
            Path target = file.target();
            byte[] bytes = file.bytes();
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(file.path());
            } else {
                replace(target, bytes);
                written.add(file.path());
            }
        }
        return new WriteReport(written, unchanged);
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
