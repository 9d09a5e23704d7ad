package io.github.ucwakit.generator.write;

import java.nio.file.Path;
import java.util.List;

/**
 * What writing rendered files did.
 *
 * @param written files whose bytes changed or that did not exist, relative to their output folder
 * @param unchanged files already holding the same bytes, left untouched
 */
public record WriteReport(List<Path> written, List<Path> unchanged) {

    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
    }
}
