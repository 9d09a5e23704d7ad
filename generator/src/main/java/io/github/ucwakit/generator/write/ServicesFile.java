package io.github.ucwakit.generator.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A {@code META-INF/services} file that several runs may share, seen as blocks: the comment lines of one run
 * followed by its provider line. Merging replaces a run's blocks and keeps the others, sorted by provider, so the
 * file is the same whichever run wrote last.
 */
final class ServicesFile {

    private static final Path SERVICES = Path.of("META-INF", "services");

    /** One provider line with the comment lines before it. */
    record Block(String provider, String text) {}

    private ServicesFile() {}

    /** Whether a resource file, relative to its output folder, is a services file. */
    static boolean isServicesFile(Path relative) {
        return relative.getNameCount() == 3 && relative.startsWith(SERVICES);
    }

    /** The blocks of a services file's text; comment lines after the last provider form a block with no provider. */
    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            int hash = line.indexOf('#');
            String provider = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (line.isBlank()) {
                continue;
            }
            pending.append(line).append('\n');
            if (!provider.isEmpty()) {
                blocks.add(new Block(provider, pending.toString()));
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            blocks.add(new Block("", pending.toString()));
        }
        return blocks;
    }

    /**
     * The text of {@code existing} (null when there is no file) without the blocks of the providers in
     * {@code drop}, plus {@code add}; the empty string when no block is left.
     */
    static String merge(String existing, Set<String> drop, List<Block> add) {
        List<Block> blocks = new ArrayList<>();
        if (existing != null) {
            parse(existing).stream().filter(b -> !drop.contains(b.provider())).forEach(blocks::add);
        }
        blocks.removeIf(b -> add.stream().anyMatch(a -> a.provider().equals(b.provider())));
        blocks.addAll(add);
        // Providers sorted; comments that follow no provider stay at the end.
        blocks.sort(Comparator.comparing((Block b) -> b.provider().isEmpty()).thenComparing(Block::provider));
        StringBuilder text = new StringBuilder();
        blocks.forEach(b -> text.append(b.text()));
        return text.toString();
    }
}
