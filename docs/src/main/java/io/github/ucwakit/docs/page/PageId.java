package io.github.ucwakit.docs.page;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a page's file without its extension ({@code conversation} for {@code conversation.md} and
 * {@code conversation.html}); only letters, digits, {@code _}, {@code -} and {@code .}, so it needs no escaping in
 * a link.
 */
public record PageId(String stem) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /** The index page of a site. */
    public static final PageId INDEX = new PageId("index");

    public PageId {
        Objects.requireNonNull(stem, "stem");
        if (!SAFE.matcher(stem).matches()) {
            throw new IllegalArgumentException("not a safe file stem: " + stem);
        }
    }

    /** The file name of this page with the given extension, for example {@code conversation.html}. */
    public String fileName(String extension) {
        return stem + "." + extension;
    }
}
