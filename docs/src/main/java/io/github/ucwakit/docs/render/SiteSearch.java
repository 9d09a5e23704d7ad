package io.github.ucwakit.docs.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ucwakit.docs.page.SearchEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The site's search, with no server: {@link #INDEX} is a script holding every {@link SearchEntry} (a script, not
 * JSON, so that pages opened from the file system load it too), and {@link #SCRIPT} fills the search box's list
 * from it as the reader types.
 */
public final class SiteSearch {

    /** The script that runs the search box. */
    public static final String SCRIPT = "search.js";

    /** The script holding the index. */
    public static final String INDEX = "search-index.js";

    private static final JsonFactory JSON = new JsonFactory();

    private SiteSearch() {}

    /** The search box's script. */
    public static String script() {
        try (InputStream in = SiteSearch.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index: one entry a line, {@code [name, kind, href, java]}, in site order. */
    public static String index(List<SearchEntry> entries) {
        StringWriter text = new StringWriter();
        text.write("// What the search box finds: [name, kind, page and section, Java name].\n");
        text.write("var UCWAKIT_SEARCH = [\n");
        try (JsonGenerator json = JSON.createGenerator(text)) {
            for (int i = 0; i < entries.size(); i++) {
                SearchEntry entry = entries.get(i);
                json.writeStartArray();
                json.writeString(entry.name());
                json.writeString(entry.kind());
                String page = entry.page().fileName(HtmlWriter.EXTENSION);
                json.writeString(entry.section().isEmpty() ? page : page + "#" + entry.section());
                json.writeString(entry.java());
                json.writeEndArray();
                json.flush();
                text.write(i + 1 < entries.size() ? ",\n" : "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.write("];\n");
        return text.toString();
    }
}
