package io.github.ucwakit.runtime.json;

import io.github.ucwakit.runtime.NameSet;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.ResourceReader.Member;
import io.github.ucwakit.runtime.UcwaPayloadException;
import io.github.ucwakit.runtime.UcwaPayloadException.Kind;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Walks the members of one JSON resource object: consumes {@code rel}, descends into {@code _links} and
 * {@code _embedded} and their arrays, and stops on each property, link or embedded object with the parser on its
 * value. Knows where it is, as a JSON path, for error messages. A member name, link rel or embedded key given twice
 * is refused with {@link Kind#DUPLICATE}. Not thread-safe.
 */
final class JsonMemberScanner {

    /** Which part of the object the parser is in. */
    private enum Area { MEMBERS, LINKS, LINK_ARRAY, EMBEDDED, EMBEDDED_ARRAY, DONE }

    private final JsonParser parser;
    private final JsonMemberScanner parent;
    private final String keyInParent;
    private final int indexInParent;
    private final NameSet memberNames = new NameSet();
    private final Supplier<String> resourcePath = this::resourcePath;
    private final Supplier<String> linksPath = () -> groupPath(Member.LINK);
    private final Supplier<String> embeddedPath = () -> groupPath(Member.EMBEDDED);
    private Runnable relRead;
    /** The rel was guessed ({@link #guessRel}) and its member has not confirmed it yet. */
    private boolean relGuessed;
    private NameSet linkRels;
    private NameSet embeddedKeys;
    private String rel;
    private Area area = Area.MEMBERS;
    private Member member;
    private String name;
    private int arrayIndex = -1;

    JsonMemberScanner(JsonParser parser, String rel, JsonMemberScanner parent, String key, int index) {
        this.parser = parser;
        this.rel = rel;
        this.parent = parent;
        this.keyInParent = key;
        this.indexInParent = index;
        if (rel != null) {
            memberNames.add("rel");
        }
    }

    /** A scanner of the embedded object the parser stands on. */
    JsonMemberScanner embedded() {
        return new JsonMemberScanner(parser, null, this, name, arrayIndex);
    }

    String rel() {
        return rel;
    }

    /** Knows the rel before its member has been read, which it will be. */
    void relAhead(String aheadRel) {
        rel = aheadRel;
    }

    /**
     * Takes the rel to be {@code likelyRel} before its member has been read. Reading the member confirms it; a
     * {@code rel} member of another value, or none by the end of the object, throws {@link RelGuessMissed}.
     */
    void guessRel(String likelyRel) {
        rel = likelyRel;
        relGuessed = true;
    }

    /** Whether the rel is known for certain: not guessed, or guessed and confirmed by its member. */
    boolean relCertain() {
        return !relGuessed;
    }

    /** Has {@code listener} called when a {@code rel} member with a value is read. */
    void onRel(Runnable listener) {
        relRead = listener;
    }

    Member member() {
        return member;
    }

    String name() {
        return member == Member.END ? null : name;
    }

    boolean inArray() {
        return member != Member.PROPERTY && arrayIndex >= 0;
    }

    boolean done() {
        return area == Area.DONE;
    }

    /** Moves to the next member, the parser on its value; {@link Member#END} on the object's closing brace. */
    Member advance() throws IOException {
        member = scan();
        return member;
    }

    private Member scan() throws IOException {
        while (true) {
            switch (area) {
                case MEMBERS -> {
                    String field = JsonErrors.nextName(parser, resourcePath);
                    if (field == null) {
                        if (relGuessed) {
                            throw RelGuessMissed.INSTANCE;
                        }
                        area = Area.DONE;
                        return Member.END;
                    }
                    requireFirst(memberNames, position(Member.PROPERTY, field, -1));
                    JsonToken value = parser.nextToken();
                    switch (field) {
                        case "rel" -> {
                            String named = JsonScalars.string(parser, this::memberPath, -1);
                            if (relGuessed) {
                                if (!rel.equals(named)) {
                                    throw RelGuessMissed.INSTANCE;
                                }
                                relGuessed = false;
                            }
                            rel = named;
                            if (rel != null && relRead != null) {
                                relRead.run();
                            }
                        }
                        case "_links" -> area = enterGroup(value, Area.LINKS);
                        case "_embedded" -> area = enterGroup(value, Area.EMBEDDED);
                        default -> {
                            return Member.PROPERTY;
                        }
                    }
                }
                case LINKS, EMBEDDED -> {
                    Member kind = area == Area.LINKS ? Member.LINK : Member.EMBEDDED;
                    String key = JsonErrors.nextName(parser, kind == Member.LINK ? linksPath : embeddedPath);
                    if (key == null) {
                        area = Area.MEMBERS;
                        continue;
                    }
                    requireFirst(kind == Member.LINK ? linkRels() : embeddedKeys(), position(kind, key, -1));
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_OBJECT) {
                        return kind;
                    }
                    if (value == JsonToken.START_ARRAY) {
                        area = kind == Member.LINK ? Area.LINK_ARRAY : Area.EMBEDDED_ARRAY;
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected an object or an array, found "
                                + JsonScalars.describe(value), memberPath());
                    }
                }
                case LINK_ARRAY, EMBEDDED_ARRAY -> {
                    Member kind = area == Area.LINK_ARRAY ? Member.LINK : Member.EMBEDDED;
                    position(kind, name, arrayIndex + 1);
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.END_ARRAY) {
                        area = kind == Member.LINK ? Area.LINKS : Area.EMBEDDED;
                        continue;
                    }
                    if (value == JsonToken.START_OBJECT) {
                        return kind;
                    }
                    if (value != JsonToken.VALUE_NULL) {
                        throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected an object, found "
                                + JsonScalars.describe(value), memberPath());
                    }
                }
                default -> {
                    return Member.END;
                }
            }
        }
    }

    private Area enterGroup(JsonToken value, Area group) {
        if (value == JsonToken.START_OBJECT) {
            return group;
        }
        if (value != JsonToken.VALUE_NULL) {
            throw new UcwaPayloadException(Kind.WRONG_TYPE, "expected an object, found "
                    + JsonScalars.describe(value), memberPath());
        }
        return Area.MEMBERS;
    }

    private NameSet linkRels() {
        if (linkRels == null) {
            linkRels = new NameSet();
        }
        return linkRels;
    }

    private NameSet embeddedKeys() {
        if (embeddedKeys == null) {
            embeddedKeys = new NameSet();
        }
        return embeddedKeys;
    }

    private void requireFirst(NameSet seen, String memberName) {
        if (!seen.add(memberName)) {
            throw new UcwaPayloadException(Kind.DUPLICATE, "'" + memberName + "' is given twice", memberPath());
        }
    }

    /** Records where the parser is, for error locations, before the member's value is read. */
    private String position(Member kind, String memberName, int index) {
        member = kind;
        name = memberName;
        arrayIndex = index;
        return memberName;
    }

    /** The JSON path of this resource, for example {@code $._embedded.participant[1]}. */
    String resourcePath() {
        return parent == null ? JsonPaths.ROOT : parent.groupPath(Member.EMBEDDED, keyInParent, indexInParent);
    }

    /** Where the resource names its rel: {@code $.rel}, or the resource's path when it has none. */
    String relPath() {
        return rel == null ? resourcePath() : JsonPaths.member(resourcePath(), "rel");
    }

    /** The JSON path of the current member, for example {@code $.participantCount}. */
    String memberPath() {
        if (member == null || member == Member.END) {
            return resourcePath();
        }
        return member == Member.PROPERTY ? JsonPaths.member(resourcePath(), name) : groupPath(member, name, arrayIndex);
    }

    /** The path of {@code _links} or {@code _embedded}. */
    private String groupPath(Member kind) {
        return JsonPaths.member(resourcePath(), kind == Member.LINK ? "_links" : "_embedded");
    }

    private String groupPath(Member kind, String key, int index) {
        String group = JsonPaths.member(resourcePath(), kind == Member.LINK ? "_links" : "_embedded");
        String path = JsonPaths.member(group, key);
        return index < 0 ? path : JsonPaths.index(path, index);
    }
}
