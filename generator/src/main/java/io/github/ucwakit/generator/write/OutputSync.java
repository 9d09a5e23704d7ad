package io.github.ucwakit.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings the output folders to what a run rendered: writes files whose bytes change, leaves the others alone,
 * merges the run's blocks into shared {@code META-INF/services} files, and deletes what the previous run of the
 * same state produced and this one does not (then the folders that became empty). Never touches a file that no
 * run of this state produced.
 */
public final class OutputSync {

    private final OutputWriter writer = new OutputWriter();

    public SyncReport apply(List<RenderedFile> files, Optional<GenerationState> previous) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        List<OwnedFile> owned = new ArrayList<>();
        List<OwnedService> services = new ArrayList<>();
        List<OwnedService> before = previous.map(GenerationState::services).orElse(List.of());

        // Hashing, comparing with what is on disk and writing are independent per file: done on every core,
        // reported in the order of the files. Services files are shared with other runs: merged one at a time.
        List<FileSync> synced = syncInParallel(files);
        for (int i = 0; i < files.size(); i++) {
            RenderedFile file = files.get(i);
            boolean changed;
            if (ServicesFile.isServicesFile(file.path())) {
                Path root = absolute(file.root());
                Path target = root.resolve(file.path());
                List<ServicesFile.Block> blocks = ServicesFile.parse(new String(file.bytes(), StandardCharsets.UTF_8));
                Set<String> drop = before.stream().filter(s -> absolute(s.target()).equals(target))
                        .map(OwnedService::provider).collect(Collectors.toSet());
                byte[] bytes = ServicesFile.merge(read(target), drop, blocks).getBytes(StandardCharsets.UTF_8);
                blocks.forEach(b -> services.add(
                        new OwnedService(root, file.path(), b.provider(), ContentHash.of(b.text()))));
                changed = writer.writeIfChanged(target, bytes);
            } else {
                owned.add(synced.get(i).owned());
                changed = synced.get(i).written();
            }
            (changed ? written : unchanged).add(file.path());
        }

        Set<Path> produced = new HashSet<>();
        owned.forEach(f -> produced.add(f.target()));
        for (OwnedFile old : previous.map(GenerationState::files).orElse(List.of())) {
            if (!produced.contains(absolute(old.target())) && FileDeletion.deletePruning(old.root(), old.path())) {
                deleted.add(old.path());
            }
        }
        for (OwnedService old : before) {
            Path target = absolute(old.target());
            boolean kept = services.stream()
                    .anyMatch(s -> s.target().equals(target) && s.provider().equals(old.provider()));
            if (!kept) {
                removeBlock(old, target, written, deleted);
            }
        }
        return new SyncReport(written, unchanged, deleted, owned, services);
    }

    /** Hashes and writes every file that is not a services file; null for a services file. */
    private List<FileSync> syncInParallel(List<RenderedFile> files) throws IOException {
        try {
            return files.parallelStream().map(this::sync).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private FileSync sync(RenderedFile file) {
        if (ServicesFile.isServicesFile(file.path())) {
            return null;
        }
        Path root = absolute(file.root());
        byte[] bytes = file.bytes();
        try {
            boolean written = writer.writeIfChanged(root.resolve(file.path()), bytes);
            return new FileSync(new OwnedFile(root, file.path(), ContentHash.of(bytes)), written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the run owns, and whether its bytes were written. */
    private record FileSync(OwnedFile owned, boolean written) {}

    /** Removes a block this state no longer produces from its services file, deleting the file if it empties. */
    private void removeBlock(OwnedService old, Path target, List<Path> written, List<Path> deleted)
            throws IOException {
        String existing = read(target);
        if (existing == null) {
            return;
        }
        String merged = ServicesFile.merge(existing, Set.of(old.provider()), List.of());
        if (merged.isEmpty()) {
            if (FileDeletion.deletePruning(old.root(), old.path())) {
                deleted.add(old.path());
            }
        } else if (writer.writeIfChanged(target, merged.getBytes(StandardCharsets.UTF_8))) {
            written.add(old.path());
        }
    }

    /** Whether every file and services block of {@code state} is on disk with the bytes the run left there. */
    public boolean isIntact(GenerationState state) throws IOException {
        for (OwnedFile file : state.files()) {
            Path target = file.target();
            if (!Files.isRegularFile(target) || !ContentHash.of(Files.readAllBytes(target)).equals(file.sha256())) {
                return false;
            }
        }
        for (OwnedService service : state.services()) {
            String text = read(service.target());
            if (text == null || ServicesFile.parse(text).stream().noneMatch(b -> b.provider().equals(service.provider())
                    && ContentHash.of(b.text()).equals(service.sha256()))) {
                return false;
            }
        }
        return true;
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
