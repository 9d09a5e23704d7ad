package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSyncTest {

    private static final Path SERVICES = Path.of("META-INF", "services", "x.Provider");
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    private Path sources() {
        return temp.resolve("java").toAbsolutePath();
    }

    private Path resources() {
        return temp.resolve("resources").toAbsolutePath();
    }

    private RenderedFile source(String path, String text) {
        return new RenderedFile(sources(), Path.of(path), text.getBytes(StandardCharsets.UTF_8));
    }

    private RenderedFile services(String provider) {
        return new RenderedFile(resources(), SERVICES,
                ("# from " + provider + "\n" + provider + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static GenerationState state(SyncReport report) {
        return new GenerationState("config", 1, 0, new InputSnapshot(new TreeMap<>()), report.files(),
                report.services(), List.of());
    }

    @Test
    void deletesWhatThePreviousRunProducedAndThisOneDoesNotWithTheFoldersItEmptied() throws IOException {
        OutputSync sync = new OutputSync();
        SyncReport first = sync.apply(List.of(source("com/a/A.java", "a"), source("com/b/B.java", "b"),
                source("com/b/deep/C.java", "c"), services("com.a.P")), Optional.empty());
        Path foreign = Files.writeString(sources().resolve("com/b/Foreign.java"), "not generated");

        SyncReport second = sync.apply(List.of(source("com/a/A.java", "a"), services("com.a.P")),
                Optional.of(state(first)));

        assertThat(second.deleted()).containsExactlyInAnyOrder(Path.of("com/b/B.java"), Path.of("com/b/deep/C.java"));
        assertThat(second.unchanged()).containsExactly(Path.of("com/a/A.java"), SERVICES);
        assertThat(sources().resolve("com/b/deep")).doesNotExist();
        assertThat(foreign).hasContent("not generated");
        assertThat(second.files()).extracting(OwnedFile::path).containsExactly(Path.of("com/a/A.java"));
    }

    @Test
    void withoutAPreviousStateNothingIsDeleted() throws IOException {
        Path stale = Files.createDirectories(sources().resolve("com/a")).resolve("Stale.java");
        Files.writeString(stale, "old");
        SyncReport report = new OutputSync().apply(List.of(source("com/a/A.java", "a")), Optional.empty());
        assertThat(report.deleted()).isEmpty();
        assertThat(stale).exists();
    }

    @Test
    void twoRunsShareAServicesFileEachOwningItsBlock() throws IOException {
        OutputSync sync = new OutputSync();
        SyncReport a = sync.apply(List.of(source("com/a/A.java", "a"), services("com.a.P")), Optional.empty());
        SyncReport b = sync.apply(List.of(source("com/b/B.java", "b"), services("com.b.P")), Optional.empty());
        Path file = resources().resolve(SERVICES);
        assertThat(file).hasContent("# from com.a.P\ncom.a.P\n# from com.b.P\ncom.b.P\n");
        assertThat(b.services()).extracting(OwnedService::provider).containsExactly("com.b.P");

        // Run a moves to another package: its old block goes, b's stays.
        sync.apply(List.of(source("com/a2/A.java", "a"), services("com.a2.P")), Optional.of(state(a)));
        assertThat(file).hasContent("# from com.a2.P\ncom.a2.P\n# from com.b.P\ncom.b.P\n");
        assertThat(sources().resolve("com/a")).doesNotExist();
        assertThat(new OutputSync().isIntact(state(b))).isTrue();
    }

    @Test
    void aServicesFileLeftEmptyIsDeleted() throws IOException {
        OutputSync sync = new OutputSync();
        SyncReport first = sync.apply(List.of(services("com.a.P")), Optional.empty());
        Path moved = temp.resolve("elsewhere").toAbsolutePath();
        SyncReport second = sync.apply(List.of(new RenderedFile(moved, SERVICES, "com.a.P\n".getBytes(
                StandardCharsets.UTF_8))), Optional.of(state(first)));
        assertThat(second.deleted()).containsExactly(SERVICES);
        assertThat(resources().resolve("META-INF")).doesNotExist();
        assertThat(moved.resolve(SERVICES)).hasContent("com.a.P");
    }

    @Test
    void anIntactOutputLeavesEveryFileAloneAndAChangedOneIsNoticed() throws IOException {
        OutputSync sync = new OutputSync();
        SyncReport report = sync.apply(List.of(source("com/a/A.java", "a"), services("com.a.P")), Optional.empty());
        GenerationState state = state(report);
        Path a = sources().resolve("com/a/A.java");
        Files.setLastModifiedTime(a, OLD);
        assertThat(sync.isIntact(state)).isTrue();
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(OLD);

        Files.writeString(a, "edited by hand");
        assertThat(sync.isIntact(state)).isFalse();
        Files.writeString(a, "a");
        assertThat(sync.isIntact(state)).isTrue();

        Path file = resources().resolve(SERVICES);
        Files.writeString(file, "# from com.a.P\ncom.b.P\n");
        assertThat(sync.isIntact(state)).isFalse();
        Files.delete(file);
        assertThat(sync.isIntact(state)).isFalse();
    }
}
