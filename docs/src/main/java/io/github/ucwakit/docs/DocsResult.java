package io.github.ucwakit.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * What a documentation run did: how many pages each format has, and which files it wrote, left unchanged because
 * their bytes were already right, or deleted as no longer generated (paths relative to the output folder, sorted).
 */
public record DocsResult(int pages, List<Path> written, List<Path> unchanged, List<Path> deleted) {

    public DocsResult {
        written = written.stream().sorted().toList();
        unchanged = unchanged.stream().sorted().toList();
        deleted = deleted.stream().sorted().toList();
    }
}
