package io.github.ucwakit.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes the percent escapes of a URI part into bytes, refusing a broken escape or a control character. */
final class PercentDecoding {

    private PercentDecoding() {}

    /**
     * The bytes of {@code text}: {@code %XX} escapes decoded, other characters as UTF-8, and {@code +} as a space
     * when {@code plusIsSpace}.
     */
    static byte[] decode(String text, boolean plusIsSpace, String uri, String location) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw DataUri.invalid("a broken percent escape '" + text.substring(i, Math.min(i + 3,
                            text.length())) + "'", uri, location);
                }
                bytes.write(high << 4 | low);
                i += 3;
            } else if (c < 0x20 || c == 0x7f) {
                throw DataUri.invalid("a control character U+" + String.format(Locale.ROOT, "%04X", (int) c), uri,
                        location);
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else if (c < 0x80) {
                bytes.write(c);
                i++;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toByteArray();
    }
}
