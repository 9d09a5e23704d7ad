package io.github.ucwakit.runtime.xml;

/** Element and attribute names of UCWA's XML format. */
public final class XmlNames {

    /** The UCWA namespace. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    public static final String RESOURCE = "resource";
    /** The root of a request body: parameters, or a PUT's resource sent as its properties. */
    public static final String INPUT = "input";
    public static final String LINK = "link";
    public static final String PROPERTY = "property";
    public static final String PROPERTY_LIST = "propertyList";
    public static final String ITEM = "item";
    public static final String REL = "rel";
    public static final String HREF = "href";
    public static final String TITLE = "title";
    public static final String REVISION = "revision";
    public static final String NAME = "name";

    private XmlNames() {}

    /** Whether a namespace is UCWA's or none (accepted from lenient senders). */
    public static boolean isUcwa(String namespace) {
        return namespace == null || namespace.isEmpty() || NAMESPACE.equals(namespace);
    }
}
