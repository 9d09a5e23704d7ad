package io.github.ucwakit.runtime.xml;

import java.nio.charset.StandardCharsets;

/**
 * How an XML document held as bytes goes to the parser ({@link XmlInputs#open(byte[])}). A UTF-8 document is
 * decoded up front by the JDK's string decoder and parsed as characters, which spares the JDK's parser its own byte decoding (a decoder and its buffers per document, and a
 * second decoder once the declaration names the encoding). Every other document goes to the parser as bytes, so
 * that it is decoded, and its faults reported, as the parser always does: another declared encoding, a byte-order
 * mark other than UTF-8's, first bytes that spell another encoding, a declaration this class does not follow, bytes
 * that are not valid UTF-8 (they decode to U+FFFD, and so does a document that holds U+FFFD itself).
 */
final class XmlBytes {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] DECLARATION_START = "<?xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCODING = "encoding".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UTF8 = "utf-8".getBytes(StandardCharsets.US_ASCII);
    /** How far the end of a declaration is looked for; a longer one goes to the parser as bytes. */
    private static final int MAX_DECLARATION = 256;
    /** How many first bytes must be ASCII, and not zero, when there is no declaration (UTF-16 and UCS-4 have zeros). */
    private static final int SNIFFED = 4;
    private static final char REPLACEMENT = '\uFFFD';

    private XmlBytes() {}

    /**
     * The characters of a UTF-8 document, after its byte-order mark if any; {@code null} when the document is to be
     * given to the parser as bytes.
     */
    static String utf8Text(byte[] document) {
        int start = startsWith(document, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (!isUtf8(document, start)) {
            return null;
        }
        String text = new String(document, start, document.length - start, StandardCharsets.UTF_8);
        return text.indexOf(REPLACEMENT) < 0 ? text : null;
    }

    /**
     * Whether the bytes from {@code start} are UTF-8 as XML's rules for finding an encoding say: a declaration that
     * names UTF-8 or no encoding, or no declaration and first bytes that spell no other encoding.
     */
    private static boolean isUtf8(byte[] document, int start) {
        int afterStart = start + DECLARATION_START.length;
        if (!startsWith(document, start, DECLARATION_START) || afterStart >= document.length
                || !isSpace(document[afterStart])) {
            return document.length > start && asciiText(document, start, Math.min(document.length, start + SNIFFED));
        }
        int end = declarationEnd(document, start);
        if (end < 0) {
            return false;
        }
        int encoding = indexOf(document, afterStart, end, ENCODING);
        if (encoding < 0) {
            return true;
        }
        if (!isSpace(document[encoding - 1])) {
            return false;
        }
        int at = skipSpaces(document, encoding + ENCODING.length, end);
        if (at >= end || document[at] != '=') {
            return false;
        }
        at = skipSpaces(document, at + 1, end);
        if (at >= end || document[at] != '"' && document[at] != '\'') {
            return false;
        }
        byte quote = document[at];
        int value = at + 1;
        return value + UTF8.length < end && startsWithIgnoringCase(document, value)
                && document[value + UTF8.length] == quote;
    }

    /** Where the {@code ?>} closing the declaration at {@code start} begins, or -1. */
    private static int declarationEnd(byte[] document, int start) {
        int limit = Math.min(document.length - 1, start + MAX_DECLARATION);
        for (int i = start + DECLARATION_START.length; i < limit; i++) {
            if (document[i] == '?' && document[i + 1] == '>') {
                return i;
            }
        }
        return -1;
    }

    private static boolean asciiText(byte[] document, int from, int to) {
        for (int i = from; i < to; i++) {
            if (document[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] document, int from, int to, byte[] word) {
        for (int i = from; i + word.length <= to; i++) {
            if (startsWith(document, i, word)) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(byte[] document, int from, int to) {
        int at = from;
        while (at < to && isSpace(document[at])) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean startsWith(byte[] document, int at, byte[] prefix) {
        if (document.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (document[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoringCase(byte[] document, int at) {
        for (int i = 0; i < UTF8.length; i++) {
            int b = document[at + i];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != UTF8[i]) {
                return false;
            }
        }
        return true;
    }
}
