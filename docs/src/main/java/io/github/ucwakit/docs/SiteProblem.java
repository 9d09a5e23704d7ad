package io.github.ucwakit.docs;

import java.nio.file.Path;

/**
 * A problem found in a generated HTML site: markup that is not well-formed XML, an id used twice, or a link whose
 * file or anchor does not exist. Printed as {@code file:line: message}.
 *
 * @param file the page, relative to the site folder
 * @param line the 1-based line of the problem, 0 when unknown
 */
public record SiteProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
