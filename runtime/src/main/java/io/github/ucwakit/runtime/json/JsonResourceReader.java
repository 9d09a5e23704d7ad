package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.DataHrefs;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.SingleMembers;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link ResourceReader} over one JSON object, pulling tokens from a Jackson {@link JsonParser}. The top-level
 * {@code rel} is consumed; {@code _links} and {@code _embedded} are flattened into link and embedded members.
 * Never moves the parser past the object's closing brace. Not thread-safe.
 */
public final class JsonResourceReader implements ResourceReader {

    private final Supplier<String> memberPath = () -> scanner().memberPath();
    private final DataHrefs dataHrefs;
    private JsonParser parser;
    private JsonMemberScanner scanner;
    /** A root reader still on its opening brace, which can look for its rel when asked for it. */
    private boolean locatable;
    private Consumer<? super ResourceReader> relListener;
    private boolean valuePending;
    private JsonResourceReader child;
    /** The single embedded resources read so far, by key; made for the first. */
    private SingleMembers singleEmbedded;

    private JsonResourceReader(JsonParser parser, JsonMemberScanner scanner, DataHrefs dataHrefs) {
        this.parser = parser;
        this.scanner = scanner;
        this.dataHrefs = dataHrefs;
    }

    /**
     * A reader over the object whose opening brace the parser stands on. Its {@link #rel()} is known once the
     * {@code rel} member has been passed; {@link JsonFormat} finds it first.
     */
    public static JsonResourceReader atObject(JsonParser parser) {
        requireObject(parser);
        return inObject(parser, null, DataHrefs.DECODED_ON_READ);
    }

    /**
     * A reader over the document's root object, whose opening brace the parser stands on. Its rel is looked for
     * only when {@link #rel()} is asked before the first member (see {@link RelLocator}); otherwise the members are
     * read straight from the parser and the rel is known once its member has been passed.
     */
    static JsonResourceReader root(JsonParser parser, DataHrefs dataHrefs) {
        requireObject(parser);
        JsonResourceReader reader = inObject(parser, null, dataHrefs);
        reader.locatable = true;
        return reader;
    }

    /**
     * A reader over the object whose opening brace the parser stands on, whose rel ({@code null}: none) has been
     * found by looking ahead; the {@code rel} member is still to be read.
     */
    static JsonResourceReader withRelAhead(JsonParser parser, String rel, DataHrefs dataHrefs) {
        JsonResourceReader reader = inObject(parser, null, dataHrefs);
        reader.scanner.relAhead(rel);
        return reader;
    }

    /**
     * A reader over the object whose opening brace the parser stands on, taking its rel to be {@code likelyRel}
     * until the {@code rel} member says: another rel, or none by the end, throws {@link RelGuessMissed}.
     */
    static JsonResourceReader withRelGuess(JsonParser parser, String likelyRel, DataHrefs dataHrefs) {
        JsonResourceReader reader = inObject(parser, null, dataHrefs);
        reader.scanner.guessRel(likelyRel);
        return reader;
    }

    /** Whether the rel is known for certain: not guessed, or guessed and confirmed. */
    boolean relCertain() {
        return scanner.relCertain();
    }

    /** A reader over an object whose opening brace and {@code rel} member the parser has passed. */
    static JsonResourceReader inObject(JsonParser parser, String rel, DataHrefs dataHrefs) {
        return new JsonResourceReader(parser, new JsonMemberScanner(parser, rel, null, null, -1), dataHrefs);
    }

    static void requireObject(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw new UcwaPayloadException(token == null ? Kind.MALFORMED : Kind.WRONG_TYPE,
                    "expected an object, found " + JsonScalars.describe(token), JsonPaths.ROOT);
        }
    }

    /**
     * The rel, found first when it is asked for before the first member of a root object, even when other
     * members come before it.
     */
    @Override
    public String rel() {
        if (locatable) {
            locate();
        }
        return scanner.rel();
    }

    /**
     * Has {@code listener} told of the rel as soon as it is known: now if it is, else once the {@code rel} member
     * has been read (never when the object has none). Lets a reader whose binding is already chosen check the rel
     * without looking ahead for it.
     */
    @Override
    public void onRel(Consumer<? super ResourceReader> listener) {
        if (scanner.rel() != null) {
            listener.accept(this);
        } else {
            relListener = listener;
            scanner.onRel(this::relRead);
        }
    }

    private void relRead() {
        relListener.accept(this);
    }

    private JsonMemberScanner scanner() {
        return scanner;
    }

    /** Looks ahead for the rel of a root object that has not been read yet. */
    private void locate() {
        locatable = false;
        JsonResourceReader located;
        try {
            located = RelLocator.open(parser, dataHrefs);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, JsonPaths.ROOT);
        }
        parser = located.parser;
        scanner = located.scanner;
        if (relListener != null && scanner.rel() != null) {
            relListener.accept(this);
        }
    }

    @Override
    public String location() {
        if (locatable) {
            locate();
        }
        return scanner.member() == null ? scanner.relPath() : scanner.memberPath();
    }

    @Override
    public Member next() {
        locatable = false;
        try {
            if (child != null) {
                child.skipToEnd();
                child = null;
            }
            if (valuePending) {
                parser.skipChildren();
            }
            Member member = scanner.advance();
            valuePending = member != Member.END;
            return member;
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, scanner.memberPath());
        }
    }

    /** Reads the rest of the resource, skipping it. */
    void skipToEnd() {
        while (!scanner.done()) {
            next();
        }
    }

    @Override
    public String name() {
        return scanner.name();
    }

    @Override
    public boolean inArray() {
        return scanner.inArray();
    }

    @Override
    public String readString() {
        return readScalar(JsonScalars::string);
    }

    @Override
    public Integer readInt() {
        return readScalar(JsonScalars::integer);
    }

    @Override
    public Long readLong() {
        return readScalar(JsonScalars::longInteger);
    }

    @Override
    public Boolean readBoolean() {
        return readScalar(JsonScalars::bool);
    }

    @Override
    public UcwaDateTime readDate() {
        return readScalar(JsonScalars::date);
    }

    @Override
    public List<String> readStringList() {
        return readList(JsonScalars::string);
    }

    @Override
    public List<Integer> readIntList() {
        return readList(JsonScalars::integer);
    }

    @Override
    public List<Long> readLongList() {
        return readList(JsonScalars::longInteger);
    }

    @Override
    public List<Boolean> readBooleanList() {
        return readList(JsonScalars::bool);
    }

    @Override
    public List<UcwaDateTime> readDateList() {
        return readList(JsonScalars::date);
    }

    @Override
    public PropertyValue readValue() {
        expect(Member.PROPERTY);
        try {
            return JsonScalars.value(parser, memberPath);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, scanner.memberPath());
        }
    }

    @Override
    public Link readLink() {
        expect(Member.LINK);
        try {
            return JsonLinks.read(parser, scanner.name(), memberPath, dataHrefs);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, scanner.memberPath());
        }
    }

    /**
     * The current link: {@code _links} cannot name a rel twice (refused as it is read), and a binding does not take
     * a link of an array as a single link, so there is nothing more to check.
     */
    @Override
    public Link readSingleLink() {
        return readLink();
    }

    /**
     * The current embedded resource, claimed as the member {@code key}: {@code _embedded} cannot name a key twice,
     * but a binding also takes an embedded resource under its rel when that differs from its key.
     */
    @Override
    public ResourceReader readSingleEmbedded(String key) {
        ResourceReader embedded = readEmbedded();
        singleEmbedded = SingleMembers.claimOnce(singleEmbedded, "embedded resource", key, scanner::memberPath);
        return embedded;
    }

    @Override
    public ResourceReader readEmbedded() {
        expect(Member.EMBEDDED);
        child = new JsonResourceReader(parser, scanner.embedded(), dataHrefs);
        return child;
    }

    private <T> T readScalar(JsonScalars.Scalar<T> scalar) {
        expect(Member.PROPERTY);
        try {
            return scalar.read(parser, memberPath, -1);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, scanner.memberPath());
        }
    }

    private <T> List<T> readList(JsonScalars.Scalar<T> scalar) {
        expect(Member.PROPERTY);
        try {
            return JsonScalars.list(parser, memberPath, scalar);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, parser, scanner.memberPath());
        }
    }

    /** Checks that the reader stands on an unread member of the given kind, and marks it read. */
    private void expect(Member kind) {
        if (scanner.member() != kind || !valuePending) {
            throw new IllegalStateException("the reader stands on "
                    + (valuePending ? scanner.member() : "no unread member") + ", not on " + kind);
        }
        valuePending = false;
    }
}
