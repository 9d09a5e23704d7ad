package io.github.ucwakit.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A link of a resource: its rel, its href (a URL, or a {@code data:} URI carrying content), an optional title and
 * an optional revision (UCWA versioning: the revision of the rel the server offers, {@code revision="2"}; none
 * means the first). The same value whichever format it was read from.
 */
public final class Link {

    private final String rel;
    private final String href;
    private final String title;
    private final String revision;

    private Link(String rel, String href, String title, String revision) {
        this.rel = Objects.requireNonNull(rel, "rel");
        this.href = Objects.requireNonNull(href, "href");
        this.title = title;
        this.revision = revision;
    }

    public static Link of(String rel, String href) {
        return new Link(rel, href, null, null);
    }

    /** A link with a title; {@code title} may be {@code null}. */
    public static Link of(String rel, String href, String title) {
        return new Link(rel, href, title, null);
    }

    /** A link with a title and a revision, either of which may be {@code null}. */
    public static Link of(String rel, String href, String title, String revision) {
        return new Link(rel, href, title, revision);
    }

    public String rel() {
        return rel;
    }

    public String href() {
        return href;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The revision of the rel the link offers, as the payload gave it; empty for the first revision. */
    public Optional<String> revision() {
        return Optional.ofNullable(revision);
    }

    /**
     * The content the href carries when it is a {@code data:} URI; empty for any other href. A link read by a codec
     * that decodes data hrefs on read has a well-formed one or none; a malformed one (built in code, or read with
     * {@link DataHrefs#DECODED_ON_DEMAND}) fails here with {@link UcwaPayloadException.Kind#INVALID_VALUE}, located
     * at the link's rel ({@code link 'rel'}) and quoting the href.
     */
    public Optional<DataUri> dataUri() {
        return DataUri.isDataUri(href) ? Optional.of(DataUri.parse(href, "link '" + rel + "'")) : Optional.empty();
    }

    /**
     * {@code link} when it is {@code null} or has the rel {@code rel}; otherwise an {@link IllegalArgumentException}
     * naming both. A generated builder checks every link it is given, so that a link is never written under one
     * rel and read back under another.
     */
    public static @Nullable Link requireRel(String rel, @Nullable Link link) {
        if (link != null && !link.rel.equals(rel)) {
            throw new IllegalArgumentException("a link with rel '" + link.rel + "' given for rel '" + rel
                    + "'; build it with Link.of(\"" + rel + "\", href) or use withRel(\"" + rel + "\")");
        }
        return link;
    }

    /** {@code links} when it is {@code null} or every link in it has the rel {@code rel}; see {@link #requireRel}. */
    public static @Nullable List<Link> requireRels(String rel, @Nullable List<Link> links) {
        if (links != null) {
            for (Link link : links) {
                requireRel(rel, link);
            }
        }
        return links;
    }

    /** The same link under another rel; this link itself when it already has that rel (writers call it per link). */
    public Link withRel(String newRel) {
        return rel.equals(newRel) ? this : new Link(newRel, href, title, revision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Link other
                && rel.equals(other.rel)
                && href.equals(other.href)
                && Objects.equals(title, other.title)
                && Objects.equals(revision, other.revision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rel, href, title, revision);
    }

    @Override
    public String toString() {
        return "Link{rel=" + rel + ", href=" + href + (title == null ? "" : ", title=" + title)
                + (revision == null ? "" : ", revision=" + revision) + "}";
    }
}
