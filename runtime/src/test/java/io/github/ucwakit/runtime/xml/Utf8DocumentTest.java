package io.github.ucwakit.runtime.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8DocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "caf\u00e9 \u20ac \ud83d\ude00 end", "lone \ud800 high",
        "lone \udc00 low", "ends high \ud83d", "\ud83d\ud83d\ude00", "\u07ff\u0800\uffff"})
    void encodesAsTheJdkDoes(String text) throws IOException {
        assertThat(encoded(text, 3)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesRandomTextOfEveryCharacterKindAsTheJdkDoesWhilePastItsFirstCapacity() throws IOException {
        Random random = new Random(7L);
        char[] kinds = {'a', '\u00e9', '\u4e2d', '\ud83d', '\ude00'};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(5000); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? kinds[random.nextInt(kinds.length)] : (char) (' ' + i % 90));
            }
            String value = text.toString();

            assertThat(encoded(value, 1 + random.nextInt(40))).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes the text in pieces of the given size, through each kind of write. */
    private static byte[] encoded(String text, int piece) throws IOException {
        Utf8Document document = new Utf8Document();
        for (int at = 0, call = 0; at < text.length(); at += piece, call++) {
            String part = text.substring(at, Math.min(text.length(), at + piece));
            switch (call % 3) {
                case 0 -> document.write(part);
                case 1 -> document.write(part.toCharArray(), 0, part.length());
                default -> part.chars().forEach(document::write);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.writeTo(out);
        return out.toByteArray();
    }
}
