package io.github.ucwakit.docs.page;

import java.util.Objects;

/** A run of text inside a block: plain, strong, code, or a link to another page of the same site. */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Code, Inline.PageLink {

    /** The text a reader sees, without markup. */
    String plainText();

    /** Plain text; writers escape it. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /** Emphasised text, used for labels such as "Response". */
    record Strong(String text) implements Inline {
        public Strong {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /** Literal text in a monospace font, such as a file name. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /**
     * A link to a page of the site, optionally to an anchor on it.
     *
     * @param anchor an element id on the target page, or {@code null} for the page itself
     */
    record PageLink(String label, PageId target, String anchor) implements Inline {
        public PageLink {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(target, "target");
        }

        public static PageLink to(String label, PageId target) {
            return new PageLink(label, target, null);
        }

        @Override
        public String plainText() {
            return label;
        }
    }
}
