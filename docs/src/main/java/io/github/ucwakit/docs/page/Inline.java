package io.github.ucwakit.docs.page;

import java.util.Objects;

/** A run of text inside a block: plain, strong, code, or a link to another page of the same site. */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Code, Inline.PageLink {

    /** Plain text; writers escape it. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasised text, used for labels such as "Response". */
    record Strong(String text) implements Inline {
        public Strong {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Literal text in a monospace font, such as a file name. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link to another page of the site; writers give it the file extension of their format. */
    record PageLink(String label, PageId target) implements Inline {
        public PageLink {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(target, "target");
        }
    }
}
