package io.github.ucwakit.importer.sample;

import io.github.ucwakit.importer.page.NumberedLine;
import java.util.List;
import java.util.Optional;

/**
 * A sample as it stands on a page, HTML entities decoded: the HTTP status when the sample is a response, and the
 * payload lines (possibly none) with their page line numbers.
 *
 * @param line the line of the sample's heading or introduction
 * @param status the status of the response line, or {@code null}
 */
public record SampleText(
        String pageFile, int line, SampleRole role, SampleFormat format, Integer status, List<NumberedLine> body) {

    public SampleText {
        body = List.copyOf(body);
    }

    public boolean hasBody() {
        return !body.isEmpty();
    }

    public Optional<Integer> statusCode() {
        return Optional.ofNullable(status);
    }

    /** The page line of the first body line holding the text, or the first body line. */
    public int lineOf(String text) {
        for (NumberedLine l : body) {
            if (l.text().contains(text)) {
                return l.number();
            }
        }
        return body.isEmpty() ? line : body.get(0).number();
    }
}
