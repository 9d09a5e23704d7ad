package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PropertyValue;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaPayloadException;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link ResourceReader} over one JSON object, pulling tokens from a Jackson {@link JsonParser}. The top-level
 * {@code rel} is consumed; {@code _links} and {@code _embedded} are flattened into link and embedded members.
 * Never moves the parser past the object's closing brace. Not thread-safe.
 */
public final class JsonResourceReader implements ResourceReader {

    /** Which part of the object the parser is in. */
    private enum Area { MEMBERS, LINKS, LINK_ARRAY, EMBEDDED, EMBEDDED_ARRAY, DONE }

    private final JsonParser parser;
    private final JsonResourceReader parent;
    private final String keyInParent;
    private final int indexInParent;
    private final Supplier<String> memberPath = this::memberPath;
    private String rel;
    private Area area = Area.MEMBERS;
    private Member member;
    private String name;
    private int arrayIndex = -1;
    private boolean valuePending;
    private JsonResourceReader child;

    private JsonResourceReader(JsonParser parser, String rel, JsonResourceReader parent, String key, int index) {
        this.parser = parser;
        this.rel = rel;
        this.parent = parent;
        this.keyInParent = key;
        this.indexInParent = index;
    }

    /**
     * A reader over the object whose opening brace the parser stands on. Its {@link #rel()} is known once the
     * {@code rel} member has been passed; {@link JsonFormat} finds it first.
     */
    public static JsonResourceReader atObject(JsonParser parser) {
        requireObject(parser);
        return new JsonResourceReader(parser, null, null, null, -1);
    }

    /** A reader over an object whose opening brace and {@code rel} member the parser has passed. */
    static JsonResourceReader inObject(JsonParser parser, String rel) {
        return new JsonResourceReader(parser, rel, null, null, -1);
    }

    static void requireObject(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new UcwaPayloadException("expected an object, found " + JsonScalars.describe(parser.currentToken()),
                    JsonPaths.ROOT);
        }
    }

    @Override
    public String rel() {
        return rel;
    }

    @Override
    public Member next() {
        try {
            if (child != null) {
                child.skipToEnd();
                child = null;
            }
            if (valuePending) {
                parser.skipChildren();
                valuePending = false;
            }
            member = advance();
            return member;
        } catch (IOException e) {
            throw JsonErrors.wrap(e, failurePath());
        }
    }

    /**
     * Where a malformed token was met. Jackson reads a member's value with its name, so the name it last saw is
     * more precise than the member this reader last stood on.
     */
    private String failurePath() {
        String seen = parser.getParsingContext().getCurrentName();
        if (seen == null) {
            return memberPath();
        }
        return switch (area) {
            case MEMBERS -> JsonPaths.member(resourcePath(), seen);
            case LINKS -> groupPath(Member.LINK, seen, -1);
            case EMBEDDED -> groupPath(Member.EMBEDDED, seen, -1);
            default -> memberPath();
        };
    }

    private Member advance() throws IOException {
        while (true) {
            switch (area) {
                case MEMBERS -> {
                    if (parser.nextToken() == JsonToken.END_OBJECT) {
                        area = Area.DONE;
                        return Member.END;
                    }
                    String field = position(Member.PROPERTY, parser.currentName(), -1);
                    JsonToken value = parser.nextToken();
                    switch (field) {
                        case "rel" -> rel = JsonScalars.string(parser, memberPath, -1);
                        case "_links" -> area = enterGroup(value, Area.LINKS);
                        case "_embedded" -> area = enterGroup(value, Area.EMBEDDED);
                        default -> {
                            return stand(Member.PROPERTY);
                        }
                    }
                }
                case LINKS, EMBEDDED -> {
                    Member kind = area == Area.LINKS ? Member.LINK : Member.EMBEDDED;
                    if (parser.nextToken() == JsonToken.END_OBJECT) {
                        area = Area.MEMBERS;
                        continue;
                    }
                    position(kind, parser.currentName(), -1);
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_OBJECT) {
                        return stand(kind);
                    }
                    if (value == JsonToken.START_ARRAY) {
                        area = kind == Member.LINK ? Area.LINK_ARRAY : Area.EMBEDDED_ARRAY;
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw new UcwaPayloadException("expected an object or an array, found "
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
                        return stand(kind);
                    }
                    if (value != JsonToken.VALUE_NULL) {
                        throw new UcwaPayloadException("expected an object, found " + JsonScalars.describe(value),
                                memberPath());
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
            throw new UcwaPayloadException("expected an object, found " + JsonScalars.describe(value), memberPath());
        }
        return Area.MEMBERS;
    }

    /** Records where the parser is, for error locations, before the member's value is read. */
    private String position(Member kind, String memberName, int index) {
        member = kind;
        name = memberName;
        arrayIndex = index;
        return memberName;
    }

    /** Stands on the member just positioned, its value unread. */
    private Member stand(Member kind) {
        valuePending = true;
        return kind;
    }

    /** Reads the rest of the resource, skipping it. */
    void skipToEnd() {
        while (area != Area.DONE) {
            next();
        }
    }

    @Override
    public String name() {
        return member == Member.END ? null : name;
    }

    @Override
    public boolean inArray() {
        return member != Member.PROPERTY && arrayIndex >= 0;
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
            throw JsonErrors.wrap(e, memberPath());
        }
    }

    @Override
    public Link readLink() {
        expect(Member.LINK);
        try {
            return JsonLinks.read(parser, name, memberPath);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, memberPath());
        }
    }

    @Override
    public ResourceReader readEmbedded() {
        expect(Member.EMBEDDED);
        child = new JsonResourceReader(parser, null, this, name, arrayIndex);
        return child;
    }

    private <T> T readScalar(JsonScalars.Scalar<T> scalar) {
        expect(Member.PROPERTY);
        try {
            return scalar.read(parser, memberPath, -1);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, memberPath());
        }
    }

    private <T> List<T> readList(JsonScalars.Scalar<T> scalar) {
        expect(Member.PROPERTY);
        try {
            return JsonScalars.list(parser, memberPath, scalar);
        } catch (IOException e) {
            throw JsonErrors.wrap(e, memberPath());
        }
    }

    /** Checks that the reader stands on an unread member of the given kind, and marks it read. */
    private void expect(Member kind) {
        if (member != kind || !valuePending) {
            throw new IllegalStateException("the reader stands on " + (valuePending ? member : "no unread member")
                    + ", not on " + kind);
        }
        valuePending = false;
    }

    /** The JSON path of this resource, for example {@code $._embedded.participant[1]}. */
    String resourcePath() {
        return parent == null ? JsonPaths.ROOT : parent.groupPath(Member.EMBEDDED, keyInParent, indexInParent);
    }

    /** The JSON path of the current member, for example {@code $.participantCount}. */
    String memberPath() {
        if (member == null || member == Member.END) {
            return resourcePath();
        }
        return member == Member.PROPERTY ? JsonPaths.member(resourcePath(), name) : groupPath(member, name, arrayIndex);
    }

    private String groupPath(Member kind, String key, int index) {
        String group = JsonPaths.member(resourcePath(), kind == Member.LINK ? "_links" : "_embedded");
        String path = JsonPaths.member(group, key);
        return index < 0 ? path : JsonPaths.index(path, index);
    }
}
