package io.github.ucwakit.conformance.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.conformance.SampleResult;
import io.github.ucwakit.conformance.Status;
import io.github.ucwakit.conformance.check.CheckOptions;
import io.github.ucwakit.conformance.check.CheckResult;
import io.github.ucwakit.conformance.check.PageCheck;
import io.github.ucwakit.importer.ImportOptions;
import io.github.ucwakit.importer.ImportResult;
import io.github.ucwakit.importer.PageImporter;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.Diagnostic;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the reference pages (see {@link MutationKind}): for every one, the import of the mutated page
 * with the pages it links to reports no error and writes descriptors that validate. For {@value #FULL_CHAIN}
 * mutations chosen by the seed the whole chain runs on that folder (generation, compilation, conformance), and every
 * body that passes without the mutation and that the mutation did not touch still passes.
 *
 * <p>{@code -Ducwakit.mutation.seed=S} changes the seed (printed), {@code -Ducwakit.mutations=N} the count,
 * {@code -Ducwakit.mutation=I} replays mutation {@code I} alone, whole chain included.
 */
class PageMutationSuiteTest {

    static final long DEFAULT_SEED = 14;
    static final int DEFAULT_COUNT = 500;
    static final int FULL_CHAIN = 25;

    @TempDir
    Path temp;

    @Test
    void everyMutationImportsWithoutErrorAndValidatesAndUntouchedBodiesStillPass() throws IOException {
        long seed = Long.getLong("ucwakit.mutation.seed", DEFAULT_SEED);
        int count = Integer.getInteger("ucwakit.mutations", DEFAULT_COUNT);
        Integer replay = Integer.getInteger("ucwakit.mutation");
        ReferencePages pages = ReferencePages.read(reference());
        PageMutator mutator = new PageMutator(pages, seed);
        Set<Integer> fullChain = replay != null ? Set.of(replay) : chosen(seed, count);
        List<Integer> indices = new ArrayList<>();
        if (replay != null) {
            indices.add(replay);
        } else {
            for (int i = 0; i < count; i++) {
                indices.add(i);
            }
        }

        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<PageMutation> mutations = indices.stream().map(mutator::mutation).toList();
        Map<MutationKind, Integer> byKind = new EnumMap<>(MutationKind.class);
        mutations.forEach(m -> byKind.merge(m.kind(), 1, Integer::sum));
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger warnings = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            all(pool, mutations, mutation -> {
                Path folder = write(mutation.folder(), temp.resolve("m" + mutation.index() + "/pages"));
                Path out = temp.resolve("m" + mutation.index() + "/descriptors");
                try {
                    ImportResult result = new PageImporter().importFolder(ImportOptions.of(folder, out));
                    warnings.addAndGet(result.warnings().size());
                    result.errors().forEach(e -> failures.add(mutation + ": import error " + e));
                    new DescriptorLoader().load(List.of(out)).diagnostics().stream().filter(Diagnostic::isError)
                            .forEach(e -> failures.add(mutation + ": does not validate: " + e));
                } catch (RuntimeException e) {
                    failures.add(mutation + ": import failed: " + e);
                }
            });
            long imported = System.nanoTime();

            FullChain chain = new FullChain(temp.resolve("chain"), pool, failures);
            chain.check(mutations.stream().filter(m -> fullChain.contains(m.index())).toList());
            long done = System.nanoTime();
            long cpu = processCpuNanos() - cpuStart;

            System.out.printf(Locale.ROOT, "page mutations: %d (seed %d), %d import warnings, by kind %s, in %.1f s;"
                    + " whole chain on %d of them (%d runs with the baselines): %d bodies, %d untouched and passing"
                    + " before, all held to pass after; in %.1f s (replay one: -Ducwakit.mutation.seed=%d"
                    + " -Ducwakit.mutation=I); %.1f s of CPU%n",
                    mutations.size(), seed, warnings.get(), byKind, (imported - start) / 1e9, fullChain.size(),
                    chain.runs.get(), chain.bodies.get(), chain.untouched.get(), (done - imported) / 1e9, seed,
                    cpu / 1e9);
            assertThat(failures).isEmpty();
            assertThat(mutations).hasSize(replay != null ? 1 : count);
            if (replay == null) {
                assertThat(byKind).as("every kind of mutation ran").hasSize(MutationKind.values().length);
                assertThat(chain.untouched.get()).as("untouched bodies held to the chain").isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the task on every item on the pool and waits; a task that throws fails the test with its cause. */
    static <T> void all(ExecutorService pool, List<T> items, Task<T> task) {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                task.run(item);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @FunctionalInterface
    interface Task<T> {
        void run(T item) throws IOException;
    }

    /** {@value #FULL_CHAIN} distinct mutation numbers below {@code count}, chosen by the seed. */
    private static Set<Integer> chosen(long seed, int count) {
        Random random = new Random(seed);
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(FULL_CHAIN, count)) {
            chosen.add(random.nextInt(count));
        }
        return chosen;
    }

    static Path write(Map<String, String> pages, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(folder.resolve(page.getKey()), page.getValue(), StandardCharsets.ISO_8859_1);
        }
        return folder;
    }

    /** Runs the whole chain on a mutation's folder and on the same pages without the mutation, and compares. */
    private static final class FullChain {

        private final Path work;
        private final ExecutorService pool;
        private final Queue<String> failures;
        private final Map<Set<String>, CheckResult> baselines = new ConcurrentHashMap<>();
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger bodies = new AtomicInteger();
        final AtomicInteger untouched = new AtomicInteger();

        FullChain(Path work, ExecutorService pool, Queue<String> failures) {
            this.work = work;
            this.pool = pool;
            this.failures = failures;
        }

        void check(List<PageMutation> mutations) throws IOException {
            Map<Set<String>, Map<String, String>> originals = new TreeMap<>(Comparator.comparing(Object::toString));
            for (PageMutation mutation : mutations) {
                Map<String, String> pages = originalPages(mutation);
                originals.put(pages.keySet(), pages);
            }
            all(pool, List.copyOf(originals.entrySet()), e -> {
                try {
                    baselines.put(e.getKey(), run(e.getValue()));
                } catch (RuntimeException ex) {
                    failures.add("the pages " + e.getKey() + " without a mutation fail the chain: " + ex);
                }
            });
            all(pool, mutations, mutation -> {
                CheckResult before = baselines.get(originalPages(mutation).keySet());
                try {
                    if (before != null) {
                        compare(mutation, before, run(mutation.folder()));
                    }
                } catch (RuntimeException e) {
                    failures.add(mutation + ": the chain failed: " + e);
                }
            });
        }

        /** The mutation's folder as it was before the mutation. */
        private static Map<String, String> originalPages(PageMutation mutation) throws IOException {
            Map<String, String> pages = new TreeMap<>(mutation.folder());
            mutation.touched().keySet().forEach(pages::remove);
            pages.put(mutation.page(), Files.readString(reference().resolve(mutation.page()),
                    StandardCharsets.ISO_8859_1));
            return pages;
        }

        private CheckResult run(Map<String, String> pages) throws IOException {
            Path run = work.resolve("run" + runs.getAndIncrement());
            Path folder = write(pages, run.resolve("pages"));
            return new PageCheck(line -> { }).run(CheckOptions.of(folder, run.resolve("work")));
        }

        /**
         * Every body that passed before and that the mutation left as it was passes after: the same page, section
         * and body, or for a mutation that kept every line in place, the same page, line and section (a body renamed
         * in place is held to pass too when the rename is a property's).
         */
        private void compare(PageMutation mutation, CheckResult before, CheckResult after) {
            Function<SampleResult, String> key = mutation.linesKept()
                    ? r -> r.sample().page() + ":" + r.sample().bodyLine() + " " + r.sample().section()
                    : r -> r.sample().page() + "\u0000" + r.sample().section() + "\u0000" + r.sample().body();
            Map<String, SampleResult> afterByKey = new HashMap<>();
            after.report().bodies().forEach(r -> afterByKey.putIfAbsent(key.apply(r), r));
            bodies.addAndGet(after.report().bodies().size());
            boolean renames = mutation.kind() == MutationKind.RESERVED_PROPERTY_NAME;
            for (SampleResult passed : before.report().with(Status.PASSED)) {
                SampleResult now = afterByKey.get(key.apply(passed));
                if (now == null || !renames && !Objects.equals(now.sample().body(), passed.sample().body())) {
                    continue;
                }
                untouched.incrementAndGet();
                if (!now.is(Status.PASSED)) {
                    failures.add(mutation + ": " + now.sample().page() + ":" + now.sample().bodyLine() + " "
                            + now.sample().section() + " passed before the mutation, now " + now.outcome());
                }
            }
        }
    }

    /** The CPU time of this JVM so far: a measure that a busy machine does not inflate as it does wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static Path reference() {
        return Path.of(System.getProperty("ucwa.reference", "../../shared/ucwa-reference"));
    }
}
