package io.github.ucwakit.docs.build;

import io.github.ucwakit.docs.page.Inline;
import java.util.List;

/** The line under a page's title that tells what it documents and which descriptor describes it. */
final class SourceNote {

    private SourceNote() {}

    static List<Inline> of(String kind, String sourceFile) {
        if (sourceFile == null || sourceFile.isBlank()) {
            return List.of(new Inline.Text(kind + "."));
        }
        return List.of(new Inline.Text(kind + " described in "), new Inline.Code(sourceFile), new Inline.Text("."));
    }
}
