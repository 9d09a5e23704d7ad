package io.github.ucwakit.runtime.json;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The member names every UCWA JSON document repeats, encoded once: a generator copies their bytes instead of
 * encoding and escaping the characters again for each link.
 */
public final class JsonNames {

    public static final SerializedString REL = new SerializedString("rel");
    public static final SerializedString HREF = new SerializedString("href");
    public static final SerializedString TITLE = new SerializedString("title");
    public static final SerializedString REVISION = new SerializedString("revision");
    public static final SerializedString SELF = new SerializedString("self");
    public static final SerializedString LINKS = new SerializedString("_links");
    public static final SerializedString EMBEDDED = new SerializedString("_embedded");

    private JsonNames() {}
}
