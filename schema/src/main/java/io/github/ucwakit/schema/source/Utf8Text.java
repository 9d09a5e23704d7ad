package io.github.ucwakit.schema.source;

import io.github.ucwakit.schema.Diagnostic;
import io.github.ucwakit.schema.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decodes a descriptor's bytes as strict UTF-8, dropping a byte order mark; the first bad byte is an error. */
final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {}

    /** The text, or empty after reporting where the bytes stop being UTF-8. */
    static Optional<String> decode(byte[] bytes, String file, List<Diagnostic> sink) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int badByte = bytes[in.position()] & 0xFF;
            sink.add(Diagnostic.error(
                    locationAfter(out.toString(), file),
                    String.format(Locale.ROOT, "not UTF-8: byte 0x%02X is not valid here; save the file as UTF-8",
                            badByte)));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return Optional.of(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
    }

    private static SourceLocation locationAfter(String prefix, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, prefix.length() - lineStart + 1);
    }
}
