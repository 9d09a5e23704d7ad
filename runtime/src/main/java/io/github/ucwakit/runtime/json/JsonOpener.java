package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Opens a parser over a document when a reader asks, so that the reader owns it and its failure. */
@FunctionalInterface
public interface JsonOpener {

    JsonParser open() throws IOException;
}
